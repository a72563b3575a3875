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
  /**
   * Per feature, its weight and its kind (bit 1: a content word, bit 2: inherited): read for
   * every scored pair, so kept flat rather than behind each feature's objects.
   */
  weights: Float64Array;
  kinds: Uint8Array;
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

// Key id, feature index and key index packed into one double, so a plain numeric sort of a
// Float64Array (no comparator, several times faster) orders the keys; 2^20 * 2^12 * 2^12 < 2^53.
const OWNER_SLOTS = 4096;
const KEY_SLOTS = 4096;

let packedBuffer = new Float64Array(1024);

// Every claim's three key arrays are views into shared slabs: thousands of small ArrayBuffers,
// each with its own backing store, cost the allocator and the collector far more.
const SLAB_BYTES = 1 << 20;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;

/** `bytes` (a multiple of 8) from the current slab, 8-byte aligned. */
function take(bytes: number): [ArrayBuffer, number] {
  if (bytes > SLAB_BYTES / 4) return [new ArrayBuffer(bytes), 0];
  if (slabUsed + bytes > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabUsed = 0;
  }
  slabUsed += bytes;
  return [slab, slabUsed - bytes];
}

function carve(total: number): { ids: Int32Array; owners: Int32Array; strengths: Float64Array } {
  // Strengths first, so that each part stays aligned (16 bytes a key).
  const [buffer, at] = take(total * 16);
  return { strengths: new Float64Array(buffer, at, total), ids: new Int32Array(buffer, at + total * 8, total), owners: new Int32Array(buffer, at + total * 12, total) };
}

const WORD = 1;
const INHERITED = 2;

function featureTable(items: WeightedFeature[]): { weights: Float64Array; kinds: Uint8Array } {
  const n = items.length;
  const [buffer, at] = take(n * 8 + Math.ceil(n / 8) * 8);
  const weights = new Float64Array(buffer, at, n);
  const kinds = new Uint8Array(buffer, at + n * 8, n);
  items.forEach((item, i) => {
    weights[i] = item.weight;
    kinds[i] = (kindOf(item.feature.pos) === 'word' ? WORD : 0) | (item.feature.inherited ? INHERITED : 0);
  });
  return { weights, kinds };
}

function sortedKeys(items: WeightedFeature[]): SortedKeys {
  const lists = items.map((item) => interned(item.keys));
  let total = 0;
  let widest = 0;
  for (const list of lists) {
    total += list.ids.length;
    if (list.ids.length > widest) widest = list.ids.length;
  }
  if (items.length >= OWNER_SLOTS || widest >= KEY_SLOTS || keyIds.size >= 2 ** 29) return sortedKeysSlowly(items);
  if (packedBuffer.length < total) packedBuffer = new Float64Array(total * 2);
  const packed = packedBuffer.subarray(0, total);
  let n = 0;
  lists.forEach((list, owner) => {
    for (let k = 0; k < list.ids.length; k++) packed[n++] = (list.ids[k] * OWNER_SLOTS + owner) * KEY_SLOTS + k;
  });
  packed.sort();
  const { ids, owners, strengths } = carve(total);
  for (let i = 0; i < total; i++) {
    const k = packed[i] % KEY_SLOTS;
    const rest = (packed[i] - k) / KEY_SLOTS;
    const owner = rest % OWNER_SLOTS;
    ids[i] = (rest - owner) / OWNER_SLOTS;
    owners[i] = owner;
    strengths[i] = lists[owner].strengths[k];
  }
  return { ids, items: owners, strengths, ...featureTable(items) };
}

/** For claims too large to pack (a 100 KB run-on "sentence"): the same order, by comparator. */
function sortedKeysSlowly(items: WeightedFeature[]): SortedKeys {
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
    ...featureTable(items),
  };
}

export interface FeatureMatch {
  a: WeightedFeature;
  b: WeightedFeature;
  strength: number;
  contribution: number;
}

export interface Similarity {
  readonly score: number;
  readonly matches: FeatureMatch[];
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

/** Plurals the lemmatiser keeps as their own word: "87 persons" and "92 people" count the same thing. */
const SUPPLETIVE_PLURALS: Record<string, string> = { people: 'person' };

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
    // Lengths of time are keyed in minutes ("120 minute") and always carry their unit.
    const [number, unit] = feature.key.split(' ');
    const value = Number(number);
    if (value >= 10 && !(value >= 1900 && value <= 2100) && unit !== 'minute') add(`q:${value}`, 0.7);
  } else if (feature.pos === 'd') {
    for (const [key, strength] of dateKeys(feature.key)) add(key, strength);
  } else {
    add(`w:${feature.key}`, 1);
    const singular = SUPPLETIVE_PLURALS[feature.key];
    if (singular && feature.pos === 'n') add(`w:${singular}`, 1);
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

// Scratch space shared by every scoring: most pairs are scored only to be ranked, and
// allocating per pair made the collector a large part of the alignment's time.
let strengthBuffer = new Float64Array(256);
let contributionBuffer = new Float64Array(256);
let touchedBuffer = new Int32Array(256);
let usedBuffer = new Uint8Array(64);

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
  const ka = a.keys;
  const kb = b.keys;
  const height = ka.weights.length;
  const width = kb.weights.length;
  const size = height * width;
  if (strengthBuffer.length < size) {
    strengthBuffer = new Float64Array(size * 2);
    contributionBuffer = new Float64Array(size * 2);
    touchedBuffer = new Int32Array(size * 2);
  }
  const strengths = strengthBuffer;
  const touched = touchedBuffer;
  let count = 0;
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
          if (strengths[id] === 0) touched[count++] = id;
          if (strength > strengths[id]) strengths[id] = strength;
        }
      }
      i = iEnd;
      j = jEnd;
    }
  }
  // Strongest contribution first, ties by position; chosen greedily, each feature used once.
  const contribution = contributionBuffer;
  for (let k = 0; k < count; k++) {
    const id = touched[k];
    contribution[id] = strengths[id] * ka.weights[Math.floor(id / width)] * kb.weights[id % width];
  }
  sortByContribution(touched, count, contribution);
  const used = usedBuffer.length < height + width ? (usedBuffer = new Uint8Array((height + width) * 2)) : usedBuffer;
  const chosen: number[] = [];
  let matched = 0;
  let contentWeight = 0;
  for (let k = 0; k < count; k++) {
    const id = touched[k];
    const x = Math.floor(id / width);
    const y = id % width;
    strengths[id] = 0;
    if (used[x] || used[height + y]) continue;
    used[x] = 1;
    used[height + y] = 1;
    chosen.push(id);
    matched += contribution[id];
    const kinds = ka.kinds[x] & kb.kinds[y];
    if ((kinds & WORD) !== 0 && (kinds & INHERITED) === 0) contentWeight += contribution[id];
  }
  used.fill(0, 0, height + width);
  const denominator = a.norm * b.norm || 1;
  return new PairSimilarity(matched / denominator, contentWeight / denominator, a, b, chosen);
}

/** Highest contribution first, ties by lower id: the order `touched.sort` gave, without allocating. */
function sortByContribution(ids: Int32Array, count: number, contribution: Float64Array): void {
  if (count > 24) {
    ids.subarray(0, count).sort((x, y) => contribution[y] - contribution[x] || x - y);
    return;
  }
  for (let k = 1; k < count; k++) {
    const id = ids[k];
    const c = contribution[id];
    let m = k - 1;
    while (m >= 0 && (contribution[ids[m]] < c || (contribution[ids[m]] === c && ids[m] > id))) {
      ids[m + 1] = ids[m];
      m--;
    }
    ids[m + 1] = id;
  }
}

/**
 * Most scored pairs are only ranked, never explained: their matched features are kept as one
 * number each (small integers, cheap to keep) and become `FeatureMatch` objects, their strength
 * found again from the two features' keys, when a verdict or an evidence rule first asks for them.
 */
class PairSimilarity implements Similarity {
  private made: FeatureMatch[] | null = null;

  constructor(
    readonly score: number,
    readonly contentWeight: number,
    private readonly a: WeightedClaim,
    private readonly b: WeightedClaim,
    private readonly chosen: number[],
  ) {}

  get matches(): FeatureMatch[] {
    if (!this.made) {
      const width = this.b.items.length;
      this.made = this.chosen.map((id) => {
        const a = this.a.items[Math.floor(id / width)];
        const b = this.b.items[id % width];
        const strength = sharedStrength(a.keys, b.keys);
        return { a, b, strength, contribution: strength * a.weight * b.weight };
      });
    }
    return this.made;
  }
}

/** The strongest key two features share, as the merge join in scorePairOfClaims found it. */
function sharedStrength(a: Map<string, number>, b: Map<string, number>): number {
  let best = 0;
  for (const [key, strength] of a) {
    const other = b.get(key);
    if (other === undefined) continue;
    const shared = strength < other ? strength : other;
    if (shared > best) best = shared;
  }
  return best;
}

/** Names, dates and counts anchor a fact but do not say what happened; words do. */
function kindOf(pos: FeaturePos): 'name' | 'date' | 'word' {
  return pos === 'e' ? 'name' : pos === 'd' || pos === 'q' ? 'date' : 'word';
}
