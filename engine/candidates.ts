// Stage 3a: the pairs of claims worth scoring. Claims of different sources that share a strong
// content key, ranked by a quick sparse dot product over their keys. Each claim keeps its best few
// partners in every other source (whichever comes first in the text), and a pair is scored when
// either claim chose the other.
import type { WeightedClaim } from './similarity';
import { isWordFeature } from './features';
import { keyCount } from './sorted-keys';

/** Keys found in more than this share of claims (and more than MIN_POSTING_CAP) propose no pairs. */
const COMMON_KEY_SHARE = 0.03;
const MIN_POSTING_CAP = 60;
/** ...nor, in long dossiers, keys found in more than this many claims per source. */
const POSTINGS_PER_SOURCE = 10;
/** Candidates kept per claim and other source, best quick overlap first. */
const MAX_CANDIDATES_PER_SOURCE = 6;
const MAX_CANDIDATES_PER_SOURCE_LARGE = 3;
const LARGE_CASE_CLAIMS = 1500;
/** In a long dossier, a claim's candidates across all other sources. */
const LARGE_CASE_BUDGET = 24;
/** Weak keys (hypernyms, classes) refine a score but are too common to propose pairs. */
const MIN_CANDIDATE_STRENGTH = 0.7;

/**
 * `minScore`: the quick overlap over-counts, so it bounds the real score from above; below the
 * lowest link threshold a pair can never link. Keys shared by a large share of the case's claims
 * say little about which claims match and would make this quadratic, so they propose no pairs.
 */
export function candidatePairs(claims: WeightedClaim[], minScore = 0): [WeightedClaim, WeightedClaim][] {
  const n = claims.length;
  const codes = candidatePairCodes(claims, minScore);
  return Array.from(codes, (code) => [claims[Math.floor(code / n)], claims[code % n]]);
}

/** The same pairs as `candidatePairs`, each as `i * claims.length + j` (i < j), in ascending order. */
export function candidatePairCodes(claims: WeightedClaim[], minScore = 0): Float64Array {
  const n = claims.length;
  const { keyIds, keyWeights, keyStart, postings, postingWeights, postingStart } = postingLists(claims);
  const { sourceOf, sources } = sourceIndices(claims);
  const maxPosting = Math.max(MIN_POSTING_CAP, Math.min(Math.ceil(n * COMMON_KEY_SHARE), n > LARGE_CASE_CLAIMS ? POSTINGS_PER_SOURCE * sources : Infinity));
  // Long dossiers repeat facts: there a few partners per source suffice, and with many sources a
  // budget per claim is shared among them, since a point holds one claim per source.
  const perSource = n > LARGE_CASE_CLAIMS ? Math.max(1, Math.min(MAX_CANDIDATES_PER_SOURCE_LARGE, Math.floor(LARGE_CASE_BUDGET / Math.max(1, sources - 1)))) : MAX_CANDIDATES_PER_SOURCE;

  // Each pair's overlap is computed once (from its earlier claim) and offered to both claims' lists.
  const best = new TopPartners(n, sources, perSource);
  // Read for every overlapping pair: flat, not behind each claim object.
  const norms = Float64Array.from(claims, (c) => c.norm);
  const dots = new Float64Array(n);
  // Emptying a plain array gives up its storage; this one is allocated once.
  const touched = new Int32Array(n);
  let touchedCount = 0;
  // Postings hold claims in order, so claim i sits at the place `seen` counts: later claims follow it.
  const seen = new Int32Array(postingStart.length);
  for (let i = 0; i < n; i++) {
    const source = sourceOf[i];
    for (let k = keyStart[i]; k < keyStart[i + 1]; k++) {
      const key = keyIds[k];
      const from = postingStart[key];
      const to = postingStart[key + 1];
      const after = from + ++seen[key];
      if (to - from > maxPosting) continue;
      const weight = keyWeights[k];
      for (let p = after; p < to; p++) {
        const j = postings[p];
        if (sourceOf[j] === source) continue;
        if (dots[j] === 0) touched[touchedCount++] = j;
        dots[j] += weight * postingWeights[p];
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const j = touched[t];
      const score = dots[j] / (norms[i] * norms[j] || 1);
      dots[j] = 0;
      if (score < minScore) continue;
      best.offer(i, sourceOf[j], j, score);
      best.offer(j, source, i, score);
    }
    touchedCount = 0;
  }
  // A pair either claim chose, once: codes sorted numerically, duplicates side by side.
  const codes = new Float64Array(best.size);
  let count = 0;
  best.forEach((c, j) => (codes[count++] = c < j ? c * n + j : j * n + c));
  codes.sort();
  let unique = 0;
  for (let k = 0; k < count; k++) if (k === 0 || codes[k] !== codes[k - 1]) codes[unique++] = codes[k];
  return codes.slice(0, unique);
}

/** Each claim's source as a small number, in order of first appearance. */
export function sourceIndices(claims: readonly WeightedClaim[]): { sourceOf: Int32Array; sources: number } {
  const sourceIndex = new Map<string, number>();
  const sourceOf = Int32Array.from(claims, (c) => {
    if (!sourceIndex.has(c.claim.unit.source)) sourceIndex.set(c.claim.unit.source, sourceIndex.size);
    return sourceIndex.get(c.claim.unit.source)!;
  });
  return { sourceOf, sources: sourceIndex.size };
}

/** For each claim and each other source, its best few partners: highest overlap first, ties by position. */
class TopPartners {
  private readonly partner: Int32Array;
  private readonly score: Float64Array;
  private readonly count: Uint8Array;

  constructor(claims: number, private readonly sources: number, private readonly k: number) {
    this.partner = new Int32Array(claims * sources * k);
    this.score = new Float64Array(claims * sources * k);
    this.count = new Uint8Array(claims * sources);
  }

  offer(claim: number, source: number, partner: number, score: number): void {
    const list = claim * this.sources + source;
    const base = list * this.k;
    let at = this.count[list];
    if (at === this.k) {
      if (this.ahead(base + at - 1, partner, score)) return;
      at--;
    } else {
      this.count[list]++;
    }
    while (at > 0 && !this.ahead(base + at - 1, partner, score)) {
      this.partner[base + at] = this.partner[base + at - 1];
      this.score[base + at] = this.score[base + at - 1];
      at--;
    }
    this.partner[base + at] = partner;
    this.score[base + at] = score;
  }

  /** Whether the partner in `slot` ranks before (partner, score). */
  private ahead(slot: number, partner: number, score: number): boolean {
    return this.score[slot] > score || (this.score[slot] === score && this.partner[slot] < partner);
  }

  get size(): number {
    let total = 0;
    for (let list = 0; list < this.count.length; list++) total += this.count[list];
    return total;
  }

  forEach(visit: (claim: number, partner: number) => void): void {
    for (let list = 0; list < this.count.length; list++) {
      const claim = Math.floor(list / this.sources);
      for (let slot = 0; slot < this.count[list]; slot++) visit(claim, this.partner[list * this.k + slot]);
    }
  }
}

/**
 * Each claim's strong keys as dense ids with their weights (claim `i`'s from `keyStart[i]` to
 * `keyStart[i + 1]`), and for each key the claims holding it in order, with their weights (key
 * `k`'s from `postingStart[k]` to `postingStart[k + 1]`): flat arrays, filled in two passes,
 * instead of thousands of growing lists.
 */
function postingLists(claims: WeightedClaim[]) {
  // Keys arrive as the ids sorted-keys.ts gave them (weighing gave every key one, so `keyCount`
  // covers them all); here they get dense ids in order of first use.
  const localOf = new Int32Array(keyCount()).fill(-1);
  const stamp = new Int32Array(keyCount()).fill(-1);
  const ids: number[] = [];
  const weights: number[] = [];
  const keyStart = new Int32Array(claims.length + 1);
  const sizes: number[] = [];
  for (let index = 0; index < claims.length; index++) {
    const from = ids.length;
    strongKeys(claims[index], index, stamp, ids, weights, from);
    for (let k = from; k < ids.length; k++) {
      let id = localOf[ids[k]];
      if (id < 0) {
        localOf[ids[k]] = id = sizes.length;
        sizes.push(0);
      }
      sizes[id]++;
      ids[k] = id;
    }
    keyStart[index + 1] = ids.length;
  }
  const postingStart = new Int32Array(sizes.length + 1);
  for (let k = 0; k < sizes.length; k++) postingStart[k + 1] = postingStart[k] + sizes[k];
  const filled = postingStart.slice(0, sizes.length);
  const postings = new Int32Array(ids.length);
  const postingWeights = new Float64Array(ids.length);
  for (let index = 0; index < claims.length; index++) {
    for (let k = keyStart[index]; k < keyStart[index + 1]; k++) {
      const at = filled[ids[k]]++;
      postings[at] = index;
      postingWeights[at] = weights[k];
    }
  }
  return { keyIds: Int32Array.from(ids), keyWeights: Float64Array.from(weights), keyStart, postings, postingWeights, postingStart };
}

/**
 * A claim's content keys strong enough to propose a pair, each with its best weighted strength,
 * in order of first appearance (the order of the sums that rank the pairs), appended to `ids` and
 * `weights` from `from` on. `stamp` marks, with the claim's index, the keys the claim has already listed.
 */
function strongKeys(claim: WeightedClaim, index: number, stamp: Int32Array, ids: number[], weights: number[], from: number): void {
  for (const item of claim.items) {
    if (!isWordFeature(item.feature) || item.feature.inherited) continue;
    const keys = item.keys;
    for (let k = 0; k < keys.ids.length; k++) {
      const strength = keys.strengths[k];
      if (strength < MIN_CANDIDATE_STRENGTH) continue;
      const key = keys.ids[k];
      if (stamp[key] === index) {
        const at = ids.indexOf(key, from);
        weights[at] = Math.max(weights[at], strength * item.weight);
      } else {
        stamp[key] = index;
        ids.push(key);
        weights.push(Math.max(0, strength * item.weight));
      }
    }
  }
}
