// Stage 3a: how much two claims say about the same thing. Words are weighted by rarity in the
// case and in English, matched through WordNet synonyms, derivations ("extradition" /
// "extradite") and adjective-to-name links ("Kazakh" / "Kazakhstan"); names count for less
// than content words, so sharing an actor alone never makes two claims one point.
import type { AnalyzedClaim, Feature, FeaturePos } from './features';
import { PEOPLE_NOUNS } from './quantities';
import { actorGroup } from './lexicons/actors';
import { commonness, derivationallyRelated, hypernymWords, pertainyms, synsetIds, type WordnetPos } from './wordnet';

export interface WeightedFeature {
  feature: Feature;
  weight: number;
  /** Match keys with their strength: the lemma itself 1, a derivation 0.9, a shared synset 0.8. */
  keys: Map<string, number>;
}

export interface WeightedClaim {
  claim: AnalyzedClaim;
  items: WeightedFeature[];
  norm: number;
  /** Every match key of the claim's features as interned ids, sorted, for a merge join. */
  keys: SortedKeys;
}

/** Parallel arrays sorted by key id: which feature holds the key, and how strongly. */
export interface SortedKeys {
  ids: Int32Array;
  items: Int32Array;
  strengths: Float64Array;
}

const keyIds = new Map<string, number>();

const internedCache = new WeakMap<Map<string, number>, { ids: number[]; strengths: number[] }>();

/** A feature's match keys as interned ids; the key maps are shared per word, so this is done once a word. */
function interned(keys: Map<string, number>): { ids: number[]; strengths: number[] } {
  let found = internedCache.get(keys);
  if (!found) {
    found = { ids: [], strengths: [] };
    for (const [key, strength] of keys) {
      let id = keyIds.get(key);
      if (id === undefined) keyIds.set(key, (id = keyIds.size));
      found.ids.push(id);
      found.strengths.push(strength);
    }
    internedCache.set(keys, found);
  }
  return found;
}

function sortedKeys(items: WeightedFeature[]): SortedKeys {
  const ids: number[] = [];
  const owners: number[] = [];
  const strengths: number[] = [];
  items.forEach((item, index) => {
    const keys = interned(item.keys);
    for (let k = 0; k < keys.ids.length; k++) {
      ids.push(keys.ids[k]);
      owners.push(index);
      strengths.push(keys.strengths[k]);
    }
  });
  const order = Int32Array.from(ids, (_, i) => i).sort((x, y) => ids[x] - ids[y] || owners[x] - owners[y]);
  return {
    ids: Int32Array.from(order, (i) => ids[i]),
    items: Int32Array.from(order, (i) => owners[i]),
    strengths: Float64Array.from(order, (i) => strengths[i]),
  };
}

export interface FeatureMatch {
  a: WeightedFeature;
  b: WeightedFeature;
  strength: number;
  contribution: number;
}

export interface Similarity {
  score: number;
  matches: FeatureMatch[];
  /** The part of `score` matched on content words (not names, not inherited subjects). */
  contentWeight: number;
}

const POS_FACTOR: Record<FeaturePos, number> = { n: 1, v: 1, a: 0.7, r: 0.3, e: 0.5, d: 0.5, q: 0.5 };
const INHERITED_FACTOR = 0.6;
const MODIFIER_FACTOR = 0.5;
const OTHER_POS: Record<WordnetPos, WordnetPos[]> = { n: ['v'], v: ['n', 'a'], a: ['v'], r: [] };

export function weighClaims(claims: AnalyzedClaim[]): WeightedClaim[] {
  const documentFrequency = new Map<string, number>();
  for (const c of claims) for (const key of new Set(c.features.map((f) => f.key))) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  const n = claims.length;
  return claims.map((claim) => {
    const items = claim.features.map((feature) => {
      const df = documentFrequency.get(feature.key) ?? 1;
      const idf = Math.log(1 + n / df);
      const english = feature.pos === 'e' ? 1 : 1 / (1 + Math.log10(1 + commonness(feature.key)) / 2);
      const weight = idf * POS_FACTOR[feature.pos] * english * (feature.inherited ? INHERITED_FACTOR : 1) * (feature.modifier ? MODIFIER_FACTOR : 1);
      return { feature, weight, keys: matchKeys(feature) };
    });
    return { claim, items, norm: Math.sqrt(items.reduce((s, i) => s + i.weight * i.weight, 0)), keys: sortedKeys(items) };
  });
}

const keyCache = new Map<string, Map<string, number>>();

export function matchKeys(feature: Feature): Map<string, number> {
  const cacheKey = `${feature.pos}|${feature.key}|${feature.head ?? ''}`;
  const cached = keyCache.get(cacheKey);
  if (cached) return cached;
  const keys = new Map<string, number>();
  const add = (key: string, strength: number) => keys.set(key, Math.max(keys.get(key) ?? 0, strength));
  if (feature.pos === 'e') {
    add(`e:${feature.key}`, 1);
    // "the administrative court" meets "Brenmouth Administrative Court".
    if (feature.head) add(`w:${feature.head}`, 0.7);
  } else if (feature.pos === 'q') {
    add(`q:${feature.key}`, 1);
    // The same distinctive number with or without its noun: "Harold Brenner, 78" / "a 78-year-old man".
    const value = Number(feature.key.split(' ')[0]);
    if (value >= 10 && !(value >= 1900 && value <= 2100)) add(`q:${value}`, 0.7);
  } else if (feature.pos === 'd') {
    for (const [key, strength] of dateKeys(feature.key)) add(key, strength);
  } else {
    add(`w:${feature.key}`, 1);
    const pos = feature.pos as WordnetPos;
    for (const id of synsetIds(feature.key, pos)) add(`s:${id}`, 0.8);
    // The tagger sometimes calls a verb an adjective ("will close its plant"): other parts of speech match a little weaker.
    for (const other of OTHER_POS[pos]) for (const id of synsetIds(feature.key, other)) add(`s:${id}`, 0.7);
    for (const related of derivationallyRelated(feature.key)) {
      add(`w:${related}`, 0.9);
      for (const id of synsetIds(related, related === feature.key ? (pos === 'n' ? 'v' : 'n') : pos === 'v' ? 'n' : 'v')) add(`s:${id}`, 0.7);
    }
    // One step up WordNet's hierarchy: "house" meets "home" (a dwelling), "evacuate" meets "move".
    if (pos === 'n' || pos === 'v') for (const broader of hypernymWords(feature.key, pos)) add(`w:${broader}`, 0.6);
    // Counts of people are about the same people whatever the noun: "residents", "families", "civilians".
    if (pos === 'n' && PEOPLE_NOUNS.has(feature.key)) add('k:people', 0.6);
    const group = pos === 'n' ? actorGroup(feature.key) : null;
    if (group) add(`g:${group}`, 0.7);
    if (pos === 'a') {
      for (const noun of pertainyms(feature.key).slice(0, 1)) {
        const sense = synsetIds(noun, 'n');
        add(`e:${sense.length ? `wn:${sense[0]}` : noun}`, 0.9);
      }
    }
  }
  keyCache.set(cacheKey, keys);
  return keys;
}

/** A date matches the same date, and more weakly the same month or day at a coarser precision. */
function dateKeys(value: string): [string, number][] {
  if (value.startsWith('weekday:')) return [[`d:${value}`, 1]];
  const match = /^(\d{4}|-)?-(\d\d)(?:-(\d\d))?$/.exec(value);
  if (!match) return [[`d:${value}`, 1]];
  const [, , month, day] = match;
  const keys: [string, number][] = [[`d:${value}`, 1], [`d:m${month}`, 0.6]];
  if (day) keys.push([`d:m${month}-${day}`, 0.9]);
  return keys;
}

let strengthBuffer = new Float64Array(256);

const remembered = new WeakMap<WeightedClaim, Map<WeightedClaim, Similarity>>();

/** Alignment, grouping and the verdicts all ask about the same pairs: each is scored once. */
export function similarity(a: WeightedClaim, b: WeightedClaim): Similarity {
  let row = remembered.get(a);
  if (!row) remembered.set(a, (row = new Map()));
  let result = row.get(b);
  if (!result) row.set(b, (result = scorePairOfClaims(a, b)));
  return result;
}

/** Greedy one-to-one matching of features, strongest first; deterministic. */
function scorePairOfClaims(a: WeightedClaim, b: WeightedClaim): Similarity {
  // Best strength per feature pair, found through the keys the two claims share.
  const width = b.items.length;
  const size = a.items.length * width;
  if (strengthBuffer.length < size) strengthBuffer = new Float64Array(size * 2);
  const strengths = strengthBuffer;
  const touched: number[] = [];
  const ka = a.keys;
  const kb = b.keys;
  let i = 0;
  let j = 0;
  while (i < ka.ids.length && j < kb.ids.length) {
    const key = ka.ids[i];
    if (key < kb.ids[j]) i++;
    else if (key > kb.ids[j]) j++;
    else {
      let iEnd = i;
      while (iEnd < ka.ids.length && ka.ids[iEnd] === key) iEnd++;
      let jEnd = j;
      while (jEnd < kb.ids.length && kb.ids[jEnd] === key) jEnd++;
      for (let x = i; x < iEnd; x++) {
        for (let y = j; y < jEnd; y++) {
          const id = ka.items[x] * width + kb.items[y];
          const strength = ka.strengths[x] < kb.strengths[y] ? ka.strengths[x] : kb.strengths[y];
          if (strengths[id] === 0) touched.push(id);
          if (strength > strengths[id]) strengths[id] = strength;
        }
      }
      i = iEnd;
      j = jEnd;
    }
  }
  const candidates: (FeatureMatch & { order: number })[] = [];
  for (const id of touched) {
    const strength = strengths[id];
    strengths[id] = 0;
    const fa = a.items[Math.floor(id / width)];
    const fb = b.items[id % width];
    candidates.push({ a: fa, b: fb, strength, contribution: strength * fa.weight * fb.weight, order: id });
  }
  candidates.sort((x, y) => y.contribution - x.contribution || x.order - y.order);
  const usedA = new Set<WeightedFeature>();
  const usedB = new Set<WeightedFeature>();
  const matches: FeatureMatch[] = [];
  let matched = 0;
  let contentWeight = 0;
  for (const m of candidates) {
    if (usedA.has(m.a) || usedB.has(m.b)) continue;
    usedA.add(m.a);
    usedB.add(m.b);
    matches.push({ a: m.a, b: m.b, strength: m.strength, contribution: m.contribution });
    matched += m.contribution;
    if (kindOf(m.a.feature.pos) === 'word' && kindOf(m.b.feature.pos) === 'word' && !(m.a.feature.inherited && m.b.feature.inherited)) contentWeight += m.contribution;
  }
  const denominator = a.norm * b.norm || 1;
  return { score: matched / denominator, matches, contentWeight: contentWeight / denominator };
}

/** Names, dates and counts anchor a fact but do not say what happened; words do. */
function kindOf(pos: FeaturePos): 'name' | 'date' | 'word' {
  return pos === 'e' ? 'name' : pos === 'd' || pos === 'q' ? 'date' : 'word';
}
