// One linter: typescript-eslint over the whole tree, with the engine kept free of DOM and browser APIs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const pageGlobals = ['document', 'window', 'navigator', 'location', 'browser', 'chrome', 'self'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests break packs and pages on purpose; typing every mutation would hide what they do.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/engine/**/*.ts', 'src/claims/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...pageGlobals.map((name) => ({
          name,
          message: 'The engine is pure: pass text in, get offsets out.',
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'wxt/*',
            'webextension-polyfill',
            'dompurify',
            '**/page/**',
            '**/ui/**',
            '**/annotator/**',
          ],
        },
      ],
    },
  },
);
