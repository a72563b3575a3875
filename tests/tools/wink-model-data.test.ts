import { describe, it, expect } from 'vitest';
import core from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';
import { modelModule, winkModelData, MODEL_ID } from '../../scripts/wink-model-data.mjs';

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

  it('serves only the core model', () => {
    const plugin = winkModelData();
    const resolve = plugin.resolveId as (source: string) => string | null;
    expect(resolve(MODEL_ID)).toBeTruthy();
    expect(resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-pos-model.json')).toBeNull();
  });
});
