import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.state/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // lib is ES2020 (Apps Script's V8 types), which has no Error `cause`; messages carry the detail instead.
      'preserve-caught-error': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/sidebar/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: "Import from 'zod/mini' to keep the bundle small." }],
          patterns: [
            { group: ['**/dev/**'], message: 'Shipped code never imports dev/.' },
            {
              group: ['zod/v4', 'zod/v4/**', 'zod/v3'],
              message: "Import from 'zod/mini' to keep the bundle small.",
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zod/mini'] > ImportSpecifier[imported.name='z']",
          message:
            "Write `import * as z from 'zod/mini'`: the `z` namespace object defeats tree-shaking (~300 KB of locales).",
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '../functions/**',
                '../sheets/**',
                '../server/**',
                '../sidebar/**',
                '../main',
                '**/dev/**',
              ],
              message: 'The domain imports nothing of the others.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'SpreadsheetApp',
        'LockService',
        'HtmlService',
        'PropertiesService',
        'Session',
        'Utilities',
        'ScriptApp',
        'MailApp',
        'CalendarApp',
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
  },
);
