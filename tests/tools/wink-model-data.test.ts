import { describe, it, expect } from 'vitest';
import core from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';
import { createRequire } from 'node:module';
import { exceptionsModule, modelModule, winkModelData, MODEL_ID } from '../../scripts/wink-model-data.mjs';

/** The default export of the module source the plugin emits. */
function evaluate(source: string): unknown {
  const body = source.replace(/^export default (\w+);$/m, 'return $1;');
  expect(body.endsWith('return model;')).toBe(true);
  return new Function(body)();
}

describe('wink-model-data build plugin', () => {
  it('emits a module whose default export equals the package JSON, key order included', () => {
    const model = evaluate(modelModule(core));
    expect(model).toEqual(core);
    expect(JSON.stringify(model)).toBe(JSON.stringify(core));
  });

  it('emits the lemmatiser exception tables as the same null-prototype objects', () => {
    const require = createRequire(import.meta.url);
    const load = winkModelData().load as (id: string) => string | null;
    for (const part of ['adjective', 'noun', 'verb']) {
      const path = require.resolve(`wink-eng-lite-web-model/dist/wn-${part}-exceptions.js`);
      const table = require(path) as Record<string, string>;
      const module = { exports: {} as Record<string, string> };
      new Function('module', load(path)!)(module);
      expect(Object.getPrototypeOf(module.exports)).toBeNull();
      expect(JSON.stringify(module.exports)).toBe(JSON.stringify(table));
      expect(Object.keys(module.exports).length).toBeGreaterThan(1000);
    }
    expect(() => exceptionsModule({ a: 'b' })).toThrow(/null-prototype/);
  });

  it('serves only the core model and the exception tables', () => {
    const plugin = winkModelData();
    const resolve = plugin.resolveId as (source: string) => string | null;
    expect(resolve(MODEL_ID)).toBeTruthy();
    expect(resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-pos-model.json')).toBeNull();
    const load = plugin.load as (id: string) => string | null;
    expect(load('/x/node_modules/wink-eng-lite-web-model/dist/lemmatize.js')).toBeNull();
  });
});
