// ESLint flat config: typescript-eslint (type-aware) + the Office add-in rules, and import
// boundaries that keep the core free of hosts, UI and file APIs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

const coreBoundary = {
  patterns: [
    { group: ['**/hosts/**', '**/taskpane/**', '**/cli/**', '**/jobs/**'], message: 'The core never imports hosts, jobs or front ends.' },
    { group: ['exceljs', 'fflate', 'react', 'react-dom', '@fluentui/*', '@microsoft/office-js', 'node:*', 'fs', 'path'], message: 'The core is pure TypeScript over plain data.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'bench/out/**', '**/*.cjs', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**', 'src/template/**', 'src/reader/**', 'src/validate/**', 'src/consolidate/**'],
    rules: { 'no-restricted-imports': ['error', coreBoundary] },
  },
  {
    files: ['src/jobs/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/taskpane/**', '**/cli/**', 'react', '@fluentui/*', 'exceljs', 'node:*'], message: 'Jobs compose the core over the host interface only.' }] }],
    },
  },
  {
    files: ['tests/**', 'scripts/**', 'bench/**'],
    rules: {
      // Tests and scripts parse JSON from child processes and fixtures: unsafe-* rules would force casts everywhere.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
