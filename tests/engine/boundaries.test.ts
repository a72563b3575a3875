import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.js') });

/** Lints `code` as if it lived at `file` (relative to the repo) and returns the restricted-import messages. */
async function restricted(file: string, code: string): Promise<{ restricted: string[]; workerOnly: string[]; errors: number }> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return {
    restricted: result.messages.filter((m) => m.ruleId === 'no-restricted-imports' && m.severity === 2).map((m) => m.message),
    workerOnly: result.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports' && m.severity === 2).map((m) => m.message),
    errors: result.errorCount,
  };
}

const importing = (specifier: string) => `import * as imported from '${specifier}';\nexport const used = imported;\n`;

describe('layering rules in eslint.config.js', () => {
  it('a clean engine file passes', async () => {
    const result = await restricted('engine/__probe__.ts', "import type { Token } from './nlp';\nexport const first = (tokens: Token[]): Token | undefined => tokens[0];\n");
    expect(result).toEqual({ restricted: [], workerOnly: [], errors: 0 });
  });

  it.each(['node:fs', 'fs', 'path', '../main/x', '../renderer/view', '../report/html', 'react', 'electron'])('engine importing %s is an error', async (specifier) => {
    const result = await restricted('engine/__probe__.ts', importing(specifier));
    expect(result.restricted).toHaveLength(1);
    expect(result.restricted[0]).toMatch(/engine\/ is pure TypeScript/);
  });

  it('the engine may import its own modules and pure packages', async () => {
    expect((await restricted('engine/__probe__.ts', importing('./wordnet'))).restricted).toEqual([]);
    expect((await restricted('engine/__probe__.ts', importing('wink-nlp'))).restricted).toEqual([]);
  });

  it.each(['electron', 'node:path', 'fs', '../main/ipc'])('renderer importing %s is an error', async (specifier) => {
    const result = await restricted('renderer/__probe__.tsx', importing(specifier));
    expect(result.restricted).toHaveLength(1);
    expect(result.restricted[0]).toMatch(/renderer\/ talks to the outside/);
  });

  it('the renderer may import React, and the engine only in the analysis worker', async () => {
    expect((await restricted('renderer/__probe__.tsx', importing('react'))).restricted).toEqual([]);
    expect((await restricted('renderer/analysis/analysis.worker.ts', importing('../../engine/analyze'))).workerOnly).toEqual([]);
  });

  it.each(['../engine/analyze', '../engine/check-claim', '../engine/lexicons/reporting', '../engine/framing/index'])('the UI thread importing %s is an error (it belongs in the worker)', async (specifier) => {
    const result = await restricted('renderer/__probe__.tsx', importing(specifier));
    expect(result.workerOnly).toHaveLength(1);
    expect(result.workerOnly[0]).toMatch(/runs in the analysis worker/);
  });

  it('the UI thread may import the engine\'s types and data-only modules', async () => {
    for (const specifier of ['../engine/types', '../engine/edits', '../engine/lexicons/framing/frames']) {
      expect((await restricted('renderer/__probe__.tsx', importing(specifier))).workerOnly).toEqual([]);
    }
    const typeOnly = "import type { Analysis } from '../engine/analyze';\nexport type A = Analysis;\n";
    expect((await restricted('renderer/__probe__.ts', typeOnly)).workerOnly).toEqual([]);
  });

  it.each(['react', 'react-dom', 'react/jsx-runtime', '../renderer/app', '../report/index'])('main importing %s is an error', async (specifier) => {
    const result = await restricted('main/__probe__.ts', importing(specifier));
    expect(result.restricted).toHaveLength(1);
    expect(result.restricted[0]).toMatch(/main\/ never imports the UI/);
  });

  it.each(['node:fs', 'path', 'react', 'electron', '../renderer/view', '../cli/main', '../main/ipc'])('report importing %s is an error', async (specifier) => {
    const result = await restricted('report/__probe__.ts', importing(specifier));
    expect(result.restricted).toHaveLength(1);
    expect(result.restricted[0]).toMatch(/report\/ turns an analysis into files/);
  });

  it('report may import the engine, shared and pure packages; the renderer and the CLI may import report', async () => {
    expect((await restricted('report/__probe__.ts', importing('../engine/types'))).restricted).toEqual([]);
    expect((await restricted('report/__probe__.ts', importing('../shared/file-names'))).restricted).toEqual([]);
    expect((await restricted('report/__probe__.ts', importing('diff'))).restricted).toEqual([]);
    expect((await restricted('renderer/__probe__.ts', importing('../report/index'))).restricted).toEqual([]);
    expect((await restricted('cli/__probe__.ts', importing('../report/index'))).restricted).toEqual([]);
  });

  it('main may import Node and Electron', async () => {
    expect((await restricted('main/__probe__.ts', importing('node:fs'))).restricted).toEqual([]);
    expect((await restricted('main/__probe__.ts', importing('electron'))).restricted).toEqual([]);
  });
});
