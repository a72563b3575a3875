// Lint, and the layering rules of DEVELOPERS.md: engine is pure and imports no app layer,
// the renderer never reaches Node or the main process, main never pulls in React.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'worker_threads', 'zlib'];

function forbid(patterns, message) {
  return { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] };
}

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'dist-web/', 'scratch/', 'test-results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['engine/**/*.ts'],
    ignores: ['engine/data/build/**'],
    rules: forbid(
      ['**/main/**', '**/renderer/**', '**/cli/**', '**/report/**', 'electron', 'react', 'react-dom', ...nodeBuiltins],
      'engine/ is pure TypeScript: no app layers, no Electron, no DOM frameworks, no Node APIs.',
    ),
  },
  {
    files: ['report/**/*.ts'],
    rules: forbid(
      ['**/main/**', '**/renderer/**', '**/cli/**', 'electron', 'react', 'react-dom', 'react/*', ...nodeBuiltins],
      'report/ turns an analysis into files for the app and the CLI: engine and shared only, no DOM, no Node APIs.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: forbid(['**/main/**', '**/cli/**', 'electron', ...nodeBuiltins], 'renderer/ talks to the outside only through its host interface.'),
  },
  {
    // The engine (language model included, megabytes) runs in the analysis worker. The UI thread may
    // import its types and its small data-only modules, never the pipeline: that would put the whole
    // engine into the first-paint bundle.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/analysis/analysis.worker.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/engine/**', '!**/engine/types', '!**/engine/edits', '!**/engine/edits/*', '!**/engine/lexicons', '!**/engine/lexicons/framing', '!**/engine/lexicons/framing/frames'],
              allowTypeImports: true,
              message: 'The engine runs in the analysis worker: import its types, or ask the worker (renderer/analysis/protocol.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: forbid(
      ['**/main/**', '**/renderer/**', '**/cli/**', 'electron', 'react', 'react-dom', ...nodeBuiltins],
      'shared/ is the contract main, preload and renderer all import: no Node, Electron or UI.',
    ),
  },
  {
    files: ['main/**/*.ts'],
    rules: forbid(['**/renderer/**', '**/cli/**', '**/report/**', 'react', 'react-dom', 'react/*'], 'main/ never imports the UI.'),
  },
  {
    files: ['cli/**/*.{ts,mjs}'],
    rules: forbid(['**/main/**', '**/renderer/**', 'electron', 'react'], 'cli/ only uses the engine.'),
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
