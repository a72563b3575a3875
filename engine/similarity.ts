// Stage 3a: how much two claims say about the same thing. Words are weighted by rarity in the
// case and in English, matched through WordNet synonyms, derivations ("extradition" /
// "extradite") and adjective-to-name links ("Kazakh" / "Kazakhstan"); names count for less
// than content words, so sharing an actor alone never makes two claims one point.
import type { AnalyzedClaim, Feature, FeaturePos } from './features';
import { commonness } from './wordnet';
import { INHERITED, interned, sortedKeys, WORD, type InternedKeys, type SortedKeys } from './sorted-keys';
import { matchKeys } from './match-keys';

export type { SortedKeys };
export { matchKeys };

export interface WeightedFeature {
  feature: Feature;
  weight: number;
  /**
   * Match keys as interned ids with their strength: the lemma itself 1, a derivation 0.9, a
   * shared synset 0.8. Shared by every feature of the same word.
   */
  keys: InternedKeys;
}

export interface WeightedClaim {
  claim: AnalyzedClaim;
  items: WeightedFeature[];
  norm: number;
  /** Every match key of the claim's features as interned ids, sorted, for a merge join. */
  keys: SortedKeys;
  /**
   * The pairs `similarity(this, other)` has scored, by `other`: kept on the claim so that a
   * lookup is a property read, not a WeakMap search, and goes with the claim. Use `similarity`.
   */
  scored?: Map<WeightedClaim, Similarity>;
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
  /**
   * Visits the matched features' kinds (the bits of sorted-keys.ts: `WORD`, `PREDICATE`, ...)
   * without making `matches` objects or reading the features (for the alignment's every candidate).
   */
  eachMatchedKinds(visit: (kindsA: number, kindsB: number, strength: number) => void): void;
  /** Visits the matched features without making `matches` objects. */
  eachMatch(visit: (a: Feature, b: Feature, strength: number) => void): void;
}

const POS_FACTOR: Record<FeaturePos, number> = { n: 1, v: 1, a: 0.7, r: 0.3, e: 0.5, d: 0.5, q: 0.5 };
const INHERITED_FACTOR = 0.6;
const MODIFIER_FACTOR = 0.5;

export function weighClaims(claims: AnalyzedClaim[]): WeightedClaim[] {
  const n = claims.length;
  const words = countKeys(claims);
  const weighed: WeightedClaim[] = [];
  for (let c = 0; c < claims.length; c++) {
    const claim = claims[c];
    const items: WeightedFeature[] = [];
    let squares = 0;
    for (let f = 0; f < claim.features.length; f++) {
      const feature = claim.features[f];
      const word = words.get(feature.key)!;
      word.idf ??= Math.log(1 + n / word.claims);
      const english = feature.pos === 'e' ? 1 : (word.english ??= 1 / (1 + Math.log10(1 + commonness(feature.key)) / 2));
      const weight = word.idf * POS_FACTOR[feature.pos] * english * (feature.inherited ? INHERITED_FACTOR : 1) * (feature.modifier ? MODIFIER_FACTOR : 1);
      items.push({ feature, weight, keys: keysOf(word, feature) });
      squares += weight * weight;
    }
    weighed.push({ claim, items, norm: Math.sqrt(squares), keys: sortedKeys(items), scored: new Map() });
  }
  return weighed;
}

/** Per feature key: how many claims use it, and its rarity factors once computed. */
interface KeyStats {
  claims: number;
  /** The claim that last counted the key: a key counts once per claim. */
  last: number;
  idf?: number;
  english?: number;
  /** `matchKeys` of the key's features by part of speech and head: usually one entry. */
  matchKeys?: { pos: FeaturePos; head: string | undefined; keys: InternedKeys }[];
}

/**
 * A feature's match keys through its key's stats: `matchKeys` itself builds a cache key string
 * per call, which for every feature of a large case cost more than the few comparisons here.
 */
function keysOf(word: KeyStats, feature: Feature): InternedKeys {
  const known = (word.matchKeys ??= []);
  for (let i = 0; i < known.length; i++) if (known[i].pos === feature.pos && known[i].head === feature.head) return known[i].keys;
  const keys = interned(matchKeys(feature));
  known.push({ pos: feature.pos, head: feature.head, keys });
  return keys;
}

function countKeys(claims: AnalyzedClaim[]): Map<string, KeyStats> {
  const stats = new Map<string, KeyStats>();
  for (let c = 0; c < claims.length; c++) {
    const features = claims[c].features;
    for (let f = 0; f < features.length; f++) {
      const key = features[f].key;
      const seen = stats.get(key);
      if (!seen) stats.set(key, { claims: 1, last: c });
      else if (seen.last !== c) {
        seen.claims++;
        seen.last = c;
      }
    }
  }
  return stats;
}

// Scratch space shared by every scoring: most pairs are scored only to be ranked, and
// allocating per pair made the collector a large part of the alignment's time.
let strengthBuffer = new Float64Array(256);
let contributionBuffer = new Float64Array(256);
let touchedBuffer = new Int32Array(256);
let usedBuffer = new Uint8Array(64);
// The matched feature pairs of every scored pair, packed one after another in shared chunks:
// two hundred thousand small arrays were a large part of what the collector had to copy.
const CHOSEN_CHUNK = 1 << 16;
let chosenChunk = new Int32Array(CHOSEN_CHUNK);
let chosenStrengths = new Float64Array(CHOSEN_CHUNK);
let chosenUsed = 0;

/** Alignment, grouping and the verdicts all ask about the same pairs: each is scored once. */
export function similarity(a: WeightedClaim, b: WeightedClaim): Similarity {
  const row = (a.scored ??= new Map());
  let result = row.get(b);
  if (!result) row.set(b, (result = scorePairOfClaims(a, b)));
  return result;
}

/**
 * The similarities of `a` with each of `others`, as `similarity` gives them: `a`'s keys are
 * looked up by id once for the whole row instead of merged anew against every partner (the
 * alignment scores each claim against a dozen or more candidates). Unless `remembered`, the
 * new ones are not kept for `similarity`: most candidates are only ranked, then dropped.
 */
export function similarityRow(a: WeightedClaim, others: readonly WeightedClaim[], into: Similarity[], at: number, remembered = true): void {
  const row = (a.scored ??= new Map());
  markKeys(a.keys);
  try {
    for (let k = 0; k < others.length; k++) {
      const b = others[k];
      let result = row.get(b);
      if (!result) {
        const width = b.keys.weights.length;
        reserve(a.keys.weights.length * width);
        result = greedyMatch(a, b, collectByMarks(a.keys, b.keys, width));
        if (remembered) row.set(b, result);
      }
      into[at + k] = result;
    }
  } finally {
    unmarkKeys(a.keys);
  }
}

/** Keeps a similarity `similarityRow` scored without remembering, for later `similarity(a, b)`. */
export function rememberSimilarity(a: WeightedClaim, b: WeightedClaim, sim: Similarity): void {
  (a.scored ??= new Map()).set(b, sim);
}

/** Per key id: where its run starts in the marked claim's sorted keys (plus one; 0: not there) and ends. */
let runStart = new Int32Array(1024);
let runEnd = new Int32Array(1024);

function markKeys(keys: SortedKeys): void {
  const last = keys.ids.length ? keys.ids[keys.ids.length - 1] : 0;
  if (runStart.length <= last) {
    runStart = new Int32Array((last + 1) * 2);
    runEnd = new Int32Array((last + 1) * 2);
  }
  for (let i = 0; i < keys.ids.length; i++) {
    const key = keys.ids[i];
    if (runStart[key] === 0) runStart[key] = i + 1;
    runEnd[key] = i + 1;
  }
}

function unmarkKeys(keys: SortedKeys): void {
  for (let i = 0; i < keys.ids.length; i++) runStart[keys.ids[i]] = 0;
}

function reserve(size: number): void {
  if (strengthBuffer.length < size) {
    strengthBuffer = new Float64Array(size * 2);
    contributionBuffer = new Float64Array(size * 2);
    touchedBuffer = new Int32Array(size * 2);
  }
}

/** Greedy one-to-one matching of features, strongest first; deterministic. */
function scorePairOfClaims(a: WeightedClaim, b: WeightedClaim): Similarity {
  const width = b.keys.weights.length;
  reserve(a.keys.weights.length * width);
  return greedyMatch(a, b, collectByMerge(a.keys, b.keys, width));
}

/**
 * The best strength per feature pair, found through the keys the two claims share by merging
 * their sorted keys: into `strengthBuffer`, with the pairs found listed in `touchedBuffer`.
 */
function collectByMerge(ka: SortedKeys, kb: SortedKeys, width: number): number {
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
  return count;
}

/** As `collectByMerge`, with `ka`'s keys marked (`markKeys`): each of `kb`'s keys is looked up. */
function collectByMarks(ka: SortedKeys, kb: SortedKeys, width: number): number {
  const strengths = strengthBuffer;
  const touched = touchedBuffer;
  const starts = runStart;
  let count = 0;
  for (let y = 0; y < kb.ids.length; y++) {
    const key = kb.ids[y];
    if (key >= starts.length || starts[key] === 0) continue;
    const end = runEnd[key];
    for (let x = starts[key] - 1; x < end; x++) {
      const id = ka.items[x] * width + kb.items[y];
      const strength = ka.strengths[x] < kb.strengths[y] ? ka.strengths[x] : kb.strengths[y];
      if (strengths[id] === 0) touched[count++] = id;
      if (strength > strengths[id]) strengths[id] = strength;
    }
  }
  return count;
}

/** Chooses feature pairs among the `count` found, strongest contribution first. */
function greedyMatch(a: WeightedClaim, b: WeightedClaim, count: number): Similarity {
  const ka = a.keys;
  const kb = b.keys;
  const height = ka.weights.length;
  const width = kb.weights.length;
  const strengths = strengthBuffer;
  const touched = touchedBuffer;
  // Strongest contribution first, ties by position; chosen greedily, each feature used once.
  const contribution = contributionBuffer;
  for (let k = 0; k < count; k++) {
    const id = touched[k];
    contribution[id] = strengths[id] * ka.weights[Math.floor(id / width)] * kb.weights[id % width];
  }
  sortByContribution(touched, count, contribution);
  const used = usedBuffer.length < height + width ? (usedBuffer = new Uint8Array((height + width) * 2)) : usedBuffer;
  // A pair matches at most min(height, width) feature pairs: room for them in the current chunk.
  const most = Math.min(height, width);
  if (chosenUsed + most > chosenChunk.length) {
    chosenChunk = new Int32Array(Math.max(CHOSEN_CHUNK, most));
    chosenStrengths = new Float64Array(chosenChunk.length);
    chosenUsed = 0;
  }
  const chosen = chosenChunk;
  const chosenStrength = chosenStrengths;
  const from = chosenUsed;
  let matched = 0;
  let contentWeight = 0;
  for (let k = 0; k < count; k++) {
    const id = touched[k];
    const x = Math.floor(id / width);
    const y = id % width;
    const strength = strengths[id];
    strengths[id] = 0;
    if (used[x] || used[height + y]) continue;
    used[x] = 1;
    used[height + y] = 1;
    chosenStrength[chosenUsed] = strength;
    chosen[chosenUsed++] = id;
    matched += contribution[id];
    const kinds = ka.kinds[x] & kb.kinds[y];
    if ((kinds & WORD) !== 0 && (kinds & INHERITED) === 0) contentWeight += contribution[id];
  }
  used.fill(0, 0, height + width);
  const denominator = a.norm * b.norm || 1;
  return new PairSimilarity(matched / denominator, contentWeight / denominator, a, b, chosen, chosenStrength, from, chosenUsed);
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
 * Most scored pairs are only ranked, never explained: their matched features are kept as numbers
 * in shared chunks and become `FeatureMatch` objects when a verdict or an evidence rule first
 * asks for them.
 */
class PairSimilarity implements Similarity {
  private made: FeatureMatch[] | null = null;

  constructor(
    readonly score: number,
    readonly contentWeight: number,
    private readonly a: WeightedClaim,
    private readonly b: WeightedClaim,
    private readonly chosen: Int32Array,
    private readonly strengths: Float64Array,
    private readonly from: number,
    private readonly to: number,
  ) {}

  eachMatch(visit: (a: Feature, b: Feature, strength: number) => void): void {
    const width = this.b.items.length;
    for (let k = this.from; k < this.to; k++) {
      const x = Math.floor(this.chosen[k] / width);
      visit(this.a.items[x].feature, this.b.items[this.chosen[k] - x * width].feature, this.strengths[k]);
    }
  }

  eachMatchedKinds(visit: (kindsA: number, kindsB: number, strength: number) => void): void {
    const width = this.b.items.length;
    const kindsA = this.a.keys.kinds;
    const kindsB = this.b.keys.kinds;
    for (let k = this.from; k < this.to; k++) {
      const x = Math.floor(this.chosen[k] / width);
      visit(kindsA[x], kindsB[this.chosen[k] - x * width], this.strengths[k]);
    }
  }

  get matches(): FeatureMatch[] {
    if (!this.made) {
      const width = this.b.items.length;
      const made: FeatureMatch[] = [];
      for (let k = this.from; k < this.to; k++) {
        const a = this.a.items[Math.floor(this.chosen[k] / width)];
        const b = this.b.items[this.chosen[k] % width];
        const strength = this.strengths[k];
        made.push({ a, b, strength, contribution: strength * a.weight * b.weight });
      }
      this.made = made;
    }
    return this.made;
  }
}
