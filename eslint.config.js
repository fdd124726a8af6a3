// ESLint for the whole workspace (`pnpm lint`). Type-checked TypeScript rules, Lit and
// web-component rules on the elements and the add-in's UI, import cycles refused everywhere, and
// the one-truth boundary: hosts reach core through its public entry only.
import js from '@eslint/js';
import { importX } from 'eslint-plugin-import-x';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';
// Each file is linted with the types it is checked with (scripts/typecheck.mjs).
import { TS_CONFIGS } from './scripts/tsconfigs.mjs';

/** Files that hold Lit templates or define custom elements. */
const COMPONENT_FILES = ['packages/elements/src/**/*.ts', 'addin/src/ui/**/*.ts', 'addin/src/web/**/*.ts', 'addin/src/taskpane/**/*.ts', 'stories/**/*.ts'];

/** Hosts render what core returns; they import it as a package user would. */
const HOST_FILES = ['addin/src/**/*.ts', 'packages/cli/src/**/*.ts', 'packages/react/src/**/*.ts'];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'storybook-static/**',
      'coverage/**',
      'tests/artifacts/**',
      'tests/consumers/fixtures/**',
      'tests/corpus/texts/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { project: TS_CONFIGS, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // The type checker reports unused names (noUnusedLocals/noUnusedParameters); `_`-prefixed
      // parameters are the deliberate exceptions.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // `customElements.get(tag) ?? customElements.define(tag, …)` registers once; comma
      // sequences stay refused.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // Sanitisers of terminal output, CSV and XML exist to match control characters.
      'no-control-regex': 'off',
      // Commands and hosts implement async interfaces; a body that happens not to await is fine.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tool configs are run, not shipped, and belong to no package's tsconfig.
    files: ['**/vitest.config.ts', 'vitest.browser.ts', '**/vite.config.ts', '.storybook/main.ts'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.ts', '**/*.{js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver()],
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      // Without a parser per extension no-cycle cannot read the imported .ts files.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
    },
  },
  {
    files: COMPONENT_FILES,
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended'], litA11y.configs.recommended],
    // Lit calls a template's listeners (@click=${this.onClick}) with the element as `this`.
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // Tests, benchmarks, the demo and stories read JSON the CLI printed and poke at fakes and
    // elements: `any` there is the data under test, and an assertion on it fails loudly.
    files: ['**/*.test.ts', 'tests/**/*.ts', '**/test/**/*.ts', 'packages/elements/demo/**/*.ts', 'stories/**/*.ts'],
    rules: {
      // `el as MbRankingTable` after createElement or a query reads plainly in a test.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: HOST_FILES,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@mubiao/core/*'], message: 'Hosts import core through its public entry: @mubiao/core.' }] },
      ],
    },
  },
  {
    // The elements ship as a ~25 kB single file: they take core's small leaf modules, never the
    // whole of core (types are free).
    files: ['packages/elements/src/**/*.ts'],
    ignores: ['packages/elements/src/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: '@mubiao/core', message: 'Import the core module you need (@mubiao/core/vocab/…), not all of core.', allowTypeImports: true }] },
      ],
    },
  },
);
