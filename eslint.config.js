// ESLint 9 flat config. Besides the usual TypeScript rules it enforces the dependency direction of
// ARCHITECTURE.md as a failing check (scripts/dependencyRules.test.ts proves it fails with this very file).
//
// ESLint does not merge the options of one rule across config objects: for a file matched by several
// objects, the last `no-restricted-imports` wins. So each layer below gets ONE object that lists every
// restriction it is under, built from the `layers` table.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const ts = ['**/*.ts', '**/*.tsx'];
const tests = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**'];

/** Import pattern groups (gitignore syntax, matched against the import string, relative paths included). */
const forbid = {
  designer: {
    group: ['**/designer/**', 'banshi/compiler', 'banshi/compiler/**'],
    message: 'runtime/** and schemas/** never import designer/** (ARCHITECTURE.md, dependency direction).',
  },
  runtime: {
    group: ['**/runtime/**', 'banshi/engine', 'banshi/validator'],
    message: 'schemas/** imports nothing of ours: no runtime/**.',
  },
  ui: {
    group: ['react', 'react/**', 'react-dom', 'react-dom/**', '@xyflow/**', 'monaco-editor', 'monaco-editor/**', '@monaco-editor/**'],
    message: 'The headless core (schemas, runtime/engine, designer/model, designer/compiler) never imports React, @xyflow or Monaco.',
  },
  node: {
    group: ['node:*', ...builtinModules.filter((name) => !name.startsWith('_'))],
    message: 'The headless core runs in browsers too: no Node built-ins (tests may use them; file I/O lives in designer/cli).',
  },
  uiLayers: {
    group: ['**/runtime/react/**', '**/runtime/element/**', '**/runtime/node/**'],
    message: 'runtime/engine is headless: it imports schemas only, never the React, element or Node layers.',
  },
};

const browserGlobals = ['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator'].map(
  (name) => ({ name, message: `The headless core never touches the browser global \`${name}\`: take what you need as a parameter.` }),
);

/** Each layer: its files, the import groups it may not use, and whether browser globals are banned. */
const layers = [
  { name: 'schemas', files: ['schemas/**'], imports: ['designer', 'runtime', 'ui', 'node'], headless: true },
  { name: 'runtime/engine', files: ['runtime/engine/**'], imports: ['designer', 'ui', 'node', 'uiLayers'], headless: true },
  { name: 'runtime (other)', files: ['runtime/**'], ignores: ['runtime/engine/**'], imports: ['designer'], headless: false },
  { name: 'designer/model', files: ['designer/model/**'], imports: ['ui', 'node'], headless: true },
  { name: 'designer/compiler', files: ['designer/compiler/**'], imports: ['ui', 'node'], headless: true },
];

function restrictions(layer, { allowNode }) {
  const keys = layer.imports.filter((key) => !(allowNode && key === 'node'));
  return {
    'no-restricted-imports': ['error', { patterns: keys.map((key) => ({ group: forbid[key].group, message: forbid[key].message })) }],
    ...(layer.headless ? { 'no-restricted-globals': ['error', ...browserGlobals] } : {}),
  };
}

const layerConfigs = layers.flatMap((layer) => [
  {
    name: `banshi/layer/${layer.name}`,
    files: layer.files,
    ignores: [...(layer.ignores ?? []), ...tests],
    rules: restrictions(layer, { allowNode: false }),
  },
  {
    name: `banshi/layer/${layer.name}/tests`,
    files: layer.files.flatMap((folder) => tests.map((test) => `${folder.replace(/\*\*$/, '')}${test}`)),
    ignores: layer.ignores ?? [],
    rules: restrictions(layer, { allowNode: true }),
  },
]);

export default defineConfig(
  { ignores: ['dist/**', 'dist-web/**', 'dist-element/**', 'dist-budget/**', 'dist-lib/**', 'bench/runtime/dist/**', 'node_modules/**', 'schemas/*.types.ts', 'coverage/**', 'test-results/**'] },
  {
    name: 'banshi/js',
    files: ['**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: { ...globals.node } },
  },
  {
    // Browser tests run in Node but hand callbacks to page.evaluate, which run in the page.
    name: 'banshi/e2e',
    files: ['e2e/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    name: 'banshi/ts',
    files: ts,
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    name: 'banshi/app',
    files: ['designer/app/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  ...layerConfigs,
);
