// Notes follow what the page paints, not the browser's setting: a white page read in a dark-mode
// browser gets light notes, a dark page dark notes (issue 13 §2).
import { describe, expect, test } from 'vitest';
import { decideScheme } from '../../src/ui/theme';

describe('decideScheme', () => {
  test.each([
    ['white page, dark-mode browser', 'rgb(255, 255, 255)', '', true, 'light'],
    ['dark page, light-mode browser', 'rgb(18, 18, 18)', '', false, 'dark'],
    ['dark page, dark-mode browser', 'rgb(18, 18, 18)', '', true, 'dark'],
    ['mid-grey page', 'rgb(119, 119, 119)', '', true, 'dark'],
    ['light grey page', 'rgb(246, 248, 250)', '', true, 'light'],
    ['no background, no color-scheme, dark browser (white canvas)', null, '', true, 'light'],
    ['no background, color-scheme "light dark", dark browser', null, 'light dark', true, 'dark'],
    ['no background, color-scheme "light dark", light browser', null, 'light dark', false, 'light'],
    ['no background, color-scheme "dark"', null, 'dark', false, 'dark'],
    ['transparent background counts as none', 'rgba(0, 0, 0, 0)', '', true, 'light'],
  ] as const)('%s → %s', (_name, background, colorScheme, prefersDark, scheme) => {
    expect(decideScheme({ background, colorScheme, prefersDark })).toBe(scheme);
  });
});
