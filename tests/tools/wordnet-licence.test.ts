import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { wordnetLicence } from '../../scripts/wordnet-licence.mjs';

describe('wordnet-licence build plugin', () => {
  it('ships the WordNet notice at the root of the build', () => {
    const emitted: { type: string; fileName: string; source: string }[] = [];
    const hook = wordnetLicence().generateBundle as unknown as (this: unknown) => void;
    hook.call({ emitFile: (file: { type: string; fileName: string; source: string }) => emitted.push(file) });
    expect(emitted).toEqual([{ type: 'asset', fileName: 'WORDNET-LICENSE.txt', source: readFileSync('engine/data/WORDNET-LICENSE.txt', 'utf8') }]);
    expect(emitted[0].source).toMatch(/Princeton University/);
  });
});
