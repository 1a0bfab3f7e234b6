// ESLint flat config: typescript-eslint (type-aware) + the Office add-in rules, and import
// boundaries that keep the core free of hosts, UI and file APIs and its layers one way.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

const outside = [
  { group: ['**/hosts/**', '**/taskpane/**', '**/cli/**', '**/jobs/**'], message: 'The core never imports hosts, jobs or front ends.' },
  { group: ['exceljs', 'fflate', 'react', 'react-dom', '@fluentui/*', '@microsoft/office-js', 'node:*', 'fs', 'path'], message: 'The core is pure TypeScript over plain data.' },
];

/**
 * The layers inside the core, one way: domain ← template, reader ← validate ← consolidate ← jobs, and
 * messages (the words of the outcome catalog) over domain only. Each folder lists what it may not import.
 */
const LAYERS = {
  domain: ['template', 'reader', 'validate', 'consolidate', 'messages'],
  messages: ['template', 'reader', 'validate', 'consolidate'],
  template: ['reader', 'validate', 'consolidate', 'messages'],
  reader: ['template', 'validate', 'consolidate', 'messages'],
  validate: ['template', 'consolidate', 'messages'],
  consolidate: ['template'],
};
const layer = (folder, forbidden) => ({
  files: [`src/${folder}/**`],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [...outside, { group: forbidden.map((f) => `**/${f}/**`), message: `${folder} sits below ${forbidden.join(', ')}: the core's layers go one way (docs/adr/0005).` }] },
    ],
  },
});

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
      // zod's classic API cannot be tree-shaken: it was 708 KB of the CLI's 1.16 MB bundle and ~30 ms of every start (bench/README.md).
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [{ name: 'zod', message: "Import * as z from 'zod/mini': the classic API drags all of zod into the CLI and the pane." }] }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...Object.entries(LAYERS).map(([folder, forbidden]) => layer(folder, forbidden)),
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
