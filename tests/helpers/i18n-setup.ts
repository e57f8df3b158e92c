// Vitest setup: every test starts with the English catalogue; a test that needs Ukrainian calls
// useLanguage('uk') and gets English back for the next test.
import { beforeEach } from 'vitest';
import { useLanguage } from './catalogue';

useLanguage('en');
beforeEach(() => useLanguage('en'));
