// Build-only plugin for the analysis worker: wink's core language model (3 MB of JSON) emitted in
// a form a fresh worker reads faster, with the same value as the package's JSON. Most of its
// evaluation time went into JSON.parse of the lexeme list, an array of 87,593 short strings:
// V8 builds them about twice as fast by splitting one string (no lexeme contains a space), and
// that string, the base64 lexicon and the rest of the model are each read from a comment by
// plainStrings (see plain-strings.mjs), so none of them is scanned as a string literal.
// The lemmatiser's WordNet exception tables (110 KB) are JavaScript in the package, one
// statement per word, which V8 parses twice (lazily, then in full) and runs; as JSON they are
// one JSON.parse each.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** How the engine imports the model (engine/data/wink-model.ts). */
export const MODEL_ID = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';
const VIRTUAL_ID = '\0parallax-wink-core-model';
/** wink-eng-lite-web-model's exception tables: CommonJS modules exporting a null-prototype word -> lemma object. */
const EXCEPTIONS = /[\\/]wink-eng-lite-web-model[\\/]dist[\\/]wn-(?:adjective|noun|verb)-exceptions\.js$/;
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

/** CommonJS source exporting the same null-prototype object as `table`. */
export function exceptionsModule(table) {
  if (Object.getPrototypeOf(table) !== null) throw new Error('a wink exception table is no longer a null-prototype object');
  return `module.exports = Object.setPrototypeOf(JSON.parse(${JSON.stringify(JSON.stringify(table))}), null);`;
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
      const require = createRequire(import.meta.url);
      if (EXCEPTIONS.test(id)) return exceptionsModule(require(id));
      if (id !== VIRTUAL_ID) return null;
      return modelModule(JSON.parse(readFileSync(require.resolve(MODEL_ID), 'utf8')));
    },
  };
}
