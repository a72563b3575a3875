// Stage 3a (part): scoring one pair of weighed claims, the soft cosine of `similarity.ts`:
// the feature pairs that share a match key, each at its best strength, then a greedy one-to-one
// choice, strongest contribution first. Written for two hundred thousand pairs a case: shared
// scratch buffers, keys looked up by id, matches kept packed until a verdict asks for them.
import type { Feature } from './features';
import type { FeatureMatch, Similarity, WeightedClaim } from './similarity';
import { INHERITED, WORD, type SortedKeys } from './sorted-keys';

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

/** Per key id: where its run starts in the marked claim's sorted keys (plus one; 0: not there) and ends. */
let runStart = new Int32Array(1024);
let runEnd = new Int32Array(1024);

export function markKeys(keys: SortedKeys): void {
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

export function unmarkKeys(keys: SortedKeys): void {
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
export function scorePairOfClaims(a: WeightedClaim, b: WeightedClaim): Similarity {
  const width = b.keys.weights.length;
  reserve(a.keys.weights.length * width);
  greedyMatch(a, b, collectByMerge(a.keys, b.keys, width));
  return new PairSimilarity(last.score, last.contentWeight, a, b, last.chosen, last.strengths, last.from, last.to);
}

/**
 * `scorePairOfClaims` with `a`'s keys marked (`markKeys`), kept as numbers in `pairs` at `at`:
 * for scoring a claim against a row of candidates, most of which are only ranked.
 */
export function scoreAgainstMarkedInto(a: WeightedClaim, b: WeightedClaim, pairs: ScoredPairs, at: number): void {
  const width = b.keys.weights.length;
  reserve(a.keys.weights.length * width);
  greedyMatch(a, b, collectByMarks(a.keys, b.keys, width));
  pairs.keepLast(at);
}

/** What the last `greedyMatch` found, for its caller to keep as an object or as numbers. */
const last = { score: 0, contentWeight: 0, chosen: chosenChunk, strengths: chosenStrengths, from: 0, to: 0 };

/**
 * Scored pairs kept as numbers: two hundred thousand similarity objects, alive from the first
 * candidate scored to the last point grouped, were much of what the collector copied. A pair
 * becomes a `Similarity` when it is asked for (`similarity`), each time a new one.
 */
export class ScoredPairs {
  readonly scores: Float64Array;
  private readonly contentWeights: Float64Array;
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  private readonly chunkOf: Int32Array;
  private readonly chunks: { chosen: Int32Array; strengths: Float64Array }[] = [];

  constructor(size: number) {
    this.scores = new Float64Array(size);
    this.contentWeights = new Float64Array(size);
    this.from = new Int32Array(size);
    this.to = new Int32Array(size);
    this.chunkOf = new Int32Array(size);
  }

  keepLast(at: number): void {
    const chunks = this.chunks;
    if (!chunks.length || chunks[chunks.length - 1].chosen !== last.chosen) chunks.push({ chosen: last.chosen, strengths: last.strengths });
    this.chunkOf[at] = chunks.length - 1;
    this.scores[at] = last.score;
    this.contentWeights[at] = last.contentWeight;
    this.from[at] = last.from;
    this.to[at] = last.to;
  }

  /** Pair `at` (of claims `a` and `b`, in the order they were scored) as a `Similarity`. */
  similarity(at: number, a: WeightedClaim, b: WeightedClaim): Similarity {
    const chunk = this.chunks[this.chunkOf[at]];
    return new PairSimilarity(this.scores[at], this.contentWeights[at], a, b, chunk.chosen, chunk.strengths, this.from[at], this.to[at]);
  }
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

/** Chooses feature pairs among the `count` found, strongest contribution first, into `last`. */
function greedyMatch(a: WeightedClaim, b: WeightedClaim, count: number): void {
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
  last.score = matched / denominator;
  last.contentWeight = contentWeight / denominator;
  last.chosen = chosen;
  last.strengths = chosenStrength;
  last.from = from;
  last.to = chosenUsed;
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
