// @ts-check
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Layers (issue 18): workflows/ <- src/ledger <- src/cases. src/ reads workflows/ only through its
// public index; the modules cases builds on (audit, calendar, officers, auth, ledger) never import
// it. scripts/import-cycles.cjs (npm run lint:cycles) keeps the files free of cycles.
const WORKFLOWS_INDEX_ONLY = {
  group: ['**/workflows/*', '**/workflows/**'],
  message: 'src/ uses workflows/ through its public index: import from the workflows folder itself',
};
const NOT_CASES = {
  group: ['**/cases', '**/cases/*', '**/cases/**'],
  message: 'audit, calendar, officers, auth and ledger never import src/cases (workflows <- ledger <- cases)',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.data/**',
      '*.config.js',
      '*.mjs',
      'scripts/*.cjs',
      // Generated from the OpenAPI document (scripts/web-api-schema.cjs).
      'web/src/api/schema.d.ts',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    // workflows/ is the law as pure code: xstate, chinese-days and its own files only.
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*', 'typeorm', 'typeorm/*', 'class-validator', 'class-transformer', 'pg', 'express'], message: 'workflows/ stays pure: no framework or database imports' },
            { group: ['**/src/**', '../src/*', '../../src/*'], message: 'workflows/ must not import the service (src/)' },
            { group: ['node:*', 'fs', 'path', 'crypto', 'http', 'child_process'], message: 'workflows/ does no I/O' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'time comes in with the event' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'time comes in with the event' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [WORKFLOWS_INDEX_ONLY] }] },
  },
  {
    files: ['src/{audit,calendar,officers,auth,ledger}/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [WORKFLOWS_INDEX_ONLY, NOT_CASES] }] },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // The workbench (issue 16): React's rules of hooks; it talks to the service only through the
    // generated client, never by importing the service's code.
    files: ['web/**/*.{ts,tsx,mts}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/workflows/*', '**/workflows/**', '@nestjs/*', 'typeorm', 'class-validator'],
              message: 'web/ shares types with the service only through web/src/api (generated)',
            },
          ],
        },
      ],
    },
  },
);
