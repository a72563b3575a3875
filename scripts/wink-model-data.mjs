// Build-only plugin for the analysis worker: wink's core language model (3 MB of JSON) emitted in
// a form a fresh worker reads faster, with the same value as the package's JSON. Most of its
// evaluation time went into JSON.parse of the lexeme list, an array of 87,593 short strings:
// V8 builds them about twice as fast by splitting one string (no lexeme contains a space), and
// that string, the base64 lexicon and the rest of the model are each read from a comment by
// plainStrings (see plain-strings.mjs), so none of them is scanned as a string literal.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** How the engine imports the model (engine/data/wink-model.ts). */
export const MODEL_ID = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';
const VIRTUAL_ID = '\0parallax-wink-core-model';
const SEPARATOR = ' ';

/** JS module source whose default export equals `model`, the parsed core model JSON. */
export function modelModule(model) {
  const words = model.features.lexeme.list;
  if (words.some((word) => word.includes(SEPARATOR))) throw new Error('a wink lexeme contains the separator');
  // Placeholders keep every key where the JSON has it.
  const skeleton = { ...model, lexicon: '', features: { ...model.features, lexeme: { ...model.features.lexeme, list: [] } } };
  return [
    `const model = JSON.parse(${JSON.stringify(JSON.stringify(skeleton))});`,
    `model.lexicon = ${JSON.stringify(model.lexicon)};`,
    `model.features.lexeme.list = JSON.parse(${JSON.stringify(JSON.stringify(words.join(SEPARATOR)))}).split(${JSON.stringify(SEPARATOR)});`,
    'export default model;',
  ].join('\n');
}

/** @returns {import('vite').Plugin} */
export function winkModelData() {
  return {
    name: 'parallax-wink-model-data',
    apply: 'build',
    enforce: 'pre',
    // A virtual id without the .json extension, so Vite's JSON plugin leaves the module alone.
    resolveId: (source) => (source === MODEL_ID ? VIRTUAL_ID : null),
    load(id) {
      if (id !== VIRTUAL_ID) return null;
      const path = createRequire(import.meta.url).resolve(MODEL_ID);
      return modelModule(JSON.parse(readFileSync(path, 'utf8')));
    },
  };
}
