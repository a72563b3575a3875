// Build-time analysis of the default sample case: the app opens on that sample, and shipping
// its analysis (computed by the same engine, at build time) lets it show the marks at once
// instead of waiting for the worker to download the language model. Any edit, and any other
// case (the other samples included), is analysed by the worker as usual. Dev servers skip
// this (the engine may change under them) and export null.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';

const ID = 'virtual:sample-analysis';
const RESOLVED = '\0' + ID;

/** @returns {import('vite').Plugin} */
export function sampleAnalysis(root = process.cwd()) {
  let building = false;
  return {
    name: 'parallax-sample-analysis',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      if (!building) return 'export default null;';
      const { module: samples } = await runnerImport(join(root, 'shared', 'samples.ts'));
      const folder = join(root, 'samples', samples.DEFAULT_SAMPLE_ID);
      const kase = JSON.parse(readFileSync(join(folder, 'case.json'), 'utf8'));
      const input = {
        title: kase.title,
        sources: kase.sources.map((s) => ({ id: s.id, name: s.name, ...(s.kind ? { kind: s.kind } : {}), text: readFileSync(join(folder, s.file), 'utf8') })),
      };
      const { module } = await runnerImport(join(root, 'engine', 'analyze.ts'));
      return `export default ${JSON.stringify({ input, analysis: module.analyze(input) })};`;
    },
  };
}
