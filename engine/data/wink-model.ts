// The wink-eng-lite-web-model language model, assembled for the engine's pipe ('sbd', 'pos').
// The package's own entry costs a fresh worker ~150 ms before the first sentence is read: its
// core loader deep-copies the 3 MB core model (JSON.parse(JSON.stringify(...))) and it bundles
// the NER, sentiment, negation and custom-entity models the engine never runs (~600 KB of the
// worker to parse). Here the core model is read straight from its JSON, and the stages off the
// pipe get empty machines: wink loads every stage whatever the pipe, but only runs those in it.
// Everything wink changes at run time (feature lists it appends unknown words to, the hashes
// over them, the packing) is built fresh per call, so the imported JSON is never mutated.
import core from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import loadPOSModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadSBDModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';
import type { Model } from 'wink-nlp';
import { sortedWordIndex } from './lexeme-index';

/** Layout columns of the core model's packing table (see wink's load-core-model.js). */
const LAYOUT_MAX = 1;
const LAYOUT_SHIFT = 2;
const LAYOUT_LISTED = 3;
const LAYOUT_EXTRACTABLE = 4;

interface Feature {
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

interface CoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  [key: string]: unknown;
}

const source = core as unknown as CoreModel;

// Uint8Array.fromBase64 is native in Chromium 140+ (Electron 45); Node 20 (CLI, tests) lacks it.
const fromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;

function words32(base64: string): Uint32Array {
  if (fromBase64) return new Uint32Array(fromBase64(base64).buffer);
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let k = 0; k < text.length; k++) bytes[k] = text.charCodeAt(k);
  return new Uint32Array(bytes.buffer);
}

/** A list and the hash wink looks its values up in (value -> index). */
function indexed(list: readonly unknown[]): Feature {
  const copy = list.slice();
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < copy.length; k++) hash[copy[k] as string] = k;
  return { list: copy, hash };
}

/** The same model as wink's read-core-model.js + load-core-model.js, without the deep copy. */
function loadCore(): CoreModel {
  const layout = source.packing.layout;
  const features: Record<string, Feature> = { ...source.features };
  const efList: string[] = [];
  for (const f in layout) {
    if (layout[f][LAYOUT_LISTED] === 0) {
      const feature = indexed(source.features[f].list);
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[f][LAYOUT_MAX] >>> layout[f][LAYOUT_SHIFT];
      features[f] = feature;
    }
    if (layout[f][LAYOUT_EXTRACTABLE] === 1) efList.push(f);
  }
  const words = (source.features.lexeme.list as string[]).slice();
  features.lexeme = { list: words, hash: sortedWordIndex(words), intrinsicSize: words.length, index: words.length };
  const posHash = source.pos.hash;
  const clusters = (source.features.posClusters.list as string[]).map((c) => new Set(c.split('_').map((tag) => posHash[tag] || 0)));
  features.posClusters = { ...source.features.posClusters, list: clusters };
  return {
    ...source,
    packing: { ...source.packing, efList },
    features,
    lexicon: words32(source.lexicon as string),
    xpansions: words32(source.xpansions as string),
  };
}

/** Past this many words of one tag the memo starts afresh, so a long-lived worker's stays bounded. */
const MAX_MEMO_WORDS = 100_000;
const lemmaMemo = new Map<string, Map<string, string>>();

/**
 * wink lemmatises every word whose lemma its lexicon leaves open afresh: suffix rules and
 * lexicon probes, per occurrence. The answer depends only on the word and its tag (the probes
 * read the model's own vocabulary, never the words wink learns from texts), so each is worked
 * out once.
 */
function memoLemmatize(value: string, pos: string, cache: unknown): string {
  let byWord = lemmaMemo.get(pos);
  if (!byWord || byWord.size >= MAX_MEMO_WORDS) lemmaMemo.set(pos, (byWord = new Map()));
  let lemma = byWord.get(value);
  if (lemma === undefined) byWord.set(value, (lemma = lemmatize(value, pos, cache)));
  return lemma;
}

/** A machine that recognises nothing (wink's automaton emptyModelJSON()). */
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]';
const unused = () => ({ machines: [EMPTY_MACHINE], transformers: [], setter: () => undefined });

const model = {
  core: loadCore,
  sbd: loadSBDModel,
  pos: loadPOSModel,
  ner: () => ({ machines: [], transformers: [] }),
  negation: unused,
  sa: unused,
  metaCER: () => ({ machines: [], transformers: [] }),
  featureFn,
  addons: { stem, lemmatize: memoLemmatize, readabilityStats, wordVectors: undefined },
} as unknown as Model;

export default model;
