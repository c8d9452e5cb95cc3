// Lint rules, and the layer boundaries of DESIGN.md section 3: each layer may import only what its
// position allows. test/node/boundaries.test.ts proves that a forbidden import fails this config.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (name) => ({ group: [`**/${name}/**`, `**/${name}`], message: `This layer must not import from ${name}/.` });
const nodeBuiltins = { group: ['node:*'], message: 'Only electron/ and server/ may use Node built-ins.' };
const pkgs = (names, message) => names.map((name) => ({ name, message }));
const runtimePkgs = (message) =>
  pkgs(['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand', 'fastify', 'pg', 'fs', 'path', 'os', 'crypto', 'child_process'], message);

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true } }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  { files: ['*.config.{js,ts}'], rules: { 'no-restricted-exports': 'off' } },
  // shared/: pure TypeScript, no runtime.
  {
    files: ['shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: runtimePkgs('shared/ is pure TypeScript: no runtime imports.'),
        patterns: [nodeBuiltins, layer('renderer'), layer('electron'), layer('server')],
      }],
    },
  },
  // renderer/: shared only; never electron or node.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: pkgs(['electron', 'fs', 'path', 'os', 'child_process', 'fastify', 'pg'], 'The renderer reaches the desktop only through renderer/platform.'),
        patterns: [nodeBuiltins, layer('electron'), layer('server')],
      }],
      'no-restricted-properties': ['error', { object: 'window', property: 'desktop', message: 'Use renderer/platform instead of the preload bridge.' }],
    },
  },
  // Components use the data layer's queries and commands, never Dexie or the database directly.
  {
    files: ['renderer/features/**/*.tsx', 'renderer/app/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: pkgs(['dexie', 'electron'], 'Components use the data layer (queries/commands), not Dexie.'),
        patterns: [nodeBuiltins, layer('electron'), layer('server'), { group: ['**/data/db', '**/data/db.ts'], message: 'Components use queries and commands, not the database.' }],
      }],
    },
  },
  {
    files: ['renderer/platform/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  // electron/main: shared only.
  {
    files: ['electron/main/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [layer('renderer'), layer('server')] }],
    },
  },
  // electron/preload: only the IPC contract from shared.
  {
    files: ['electron/preload/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          layer('renderer'), layer('server'), layer('main'), nodeBuiltins,
          { regex: '^(\\.\\./)+shared/(?!ipc/)', message: 'The preload imports only the IPC contract (shared/ipc).' },
        ],
      }],
    },
  },
  // server/: shared only.
  {
    files: ['server/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: pkgs(['electron', 'react', 'react-dom', 'dexie'], 'The server imports shared/, never UI or desktop code.'),
        patterns: [layer('renderer'), layer('electron')],
      }],
    },
  },
);
