// Stage 3b (part): the pairs of claims that may link. Every candidate pair is scored and placed
// (is it each claim's best in the other's source?), which bounds how strongly it could link; the
// decision itself (matched features, evidence, a contest cue) waits until grouping asks for it.
// In a long dossier most pairs that pass the bound join claims already in one point by the time
// their turn comes, and are never decided at all.
import { rememberSimilarity, scorePairs, type Similarity, type WeightedClaim } from './similarity';
import type { ScoredPairs } from './pair-scoring';
import { candidatePairCodes } from './candidates';
import { emptyLinkFeatures, emptyPlaceFeatures, linkLogitBound, placeFeaturesAt, type PlaceFeatures } from './link-features';
import { PairContext } from './pair-context';
import type { LinkModel } from './link-model';
import { decideLink, linkRules, type Link, type LinkRules } from './link-decision';

export type { Link };

/** What a candidate pair is first tested on: pairs below `candidateFloor` are never considered. */
export interface CandidateOptions {
  candidateFloor: number;
  model: LinkModel;
}

/** Not decided yet (a decided candidate holds its link or null). */
const UNDECIDED = undefined;

/**
 * The candidate pairs that pass every test known before reading their matched features, in the
 * order alignment scored them (earlier claim first, then later claim). Candidate `c` joins claims
 * `ends[2c]` and `ends[2c + 1]`; no link it makes is stronger than `bounds[c]`.
 */
export class LinkCandidates {
  readonly size: number;
  readonly ends: Int32Array;
  readonly bounds: Float64Array;
  private readonly decided: (Link | null | undefined)[];
  /** Filled anew by every decision, which keeps nothing of it. */
  private readonly features = emptyLinkFeatures();

  constructor(
    private readonly claims: readonly WeightedClaim[],
    private readonly rules: LinkRules,
    /** Per candidate: the place features its bound was worked out from. */
    private readonly places: PlaceTable,
    /** Every scored pair as `i * n + j`, ascending, with its similarity. */
    private readonly codes: Float64Array,
    private readonly pairs: ScoredPairs,
    /** Per candidate: its place in `codes`. */
    private readonly scoredAt: Int32Array,
    bounds: Float64Array,
  ) {
    this.size = scoredAt.length;
    this.bounds = bounds;
    this.ends = new Int32Array(this.size * 2);
    const n = claims.length;
    for (let c = 0; c < this.size; c++) {
      const i = Math.floor(codes[scoredAt[c]] / n);
      this.ends[2 * c] = i;
      this.ends[2 * c + 1] = codes[scoredAt[c]] - i * n;
    }
    this.decided = new Array(this.size).fill(UNDECIDED);
  }

  /** Candidate `c`'s link, or null when the pair does not link. */
  link(c: number): Link | null {
    let link = this.decided[c];
    if (link === UNDECIDED) this.decided[c] = link = this.decide(c);
    return link;
  }

  /** Every link, in candidate order. */
  links(): Link[] {
    const links: Link[] = [];
    for (let c = 0; c < this.size; c++) {
      const link = this.link(c);
      if (link) links.push(link);
    }
    return links;
  }

  /** The similarity alignment scored for claims `i < j`, if it scored them (then `similarity` remembers it). */
  scored(i: number, j: number): Similarity | undefined {
    const at = this.codeAt(i * this.claims.length + j);
    return at < 0 ? undefined : this.similarityAt(at);
  }

  /** Scored pair `at`, made an object and remembered on first ask: grouping and verdicts will ask about it again. */
  private similarityAt(at: number): Similarity {
    const n = this.claims.length;
    const i = Math.floor(this.codes[at] / n);
    const a = this.claims[i];
    const b = this.claims[this.codes[at] - i * n];
    let sim = a.scored?.get(b);
    if (!sim) rememberSimilarity(a, b, (sim = this.pairs.similarity(at, a, b)));
    return sim;
  }

  /** The candidate joining claims `i < j`, or -1. */
  candidateOf(i: number, j: number): number {
    const at = this.codeAt(i * this.claims.length + j);
    if (at < 0) return -1;
    // Candidates keep the codes' order: a second binary search, over their places.
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.scoredAt[mid] < at) lo = mid + 1;
      else if (this.scoredAt[mid] > at) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  private codeAt(code: number): number {
    const codes = this.codes;
    let lo = 0;
    let hi = codes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (codes[mid] < code) lo = mid + 1;
      else if (codes[mid] > code) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  private decide(c: number): Link | null {
    const a = this.claims[this.ends[2 * c]];
    const b = this.claims[this.ends[2 * c + 1]];
    return decideLink(a, b, this.similarityAt(this.scoredAt[c]), this.places.read(c), this.rules, this.features);
  }

}

/**
 * Scores every candidate pair of `claims` (`candidates.ts`) and keeps those that pass the tests
 * known before their matched features are read: above the floor, neither a fragment, one claim the
 * other's best in its source, and an upper bound on the link's log-odds at or above the cutoff.
 */
export function linkCandidates(claims: readonly WeightedClaim[], nameOf: (id: string) => string, options: CandidateOptions): LinkCandidates {
  // Pairs as codes `i * n + j`: two hundred thousand candidates in a long dossier, read by index.
  const n = claims.length;
  const codes = candidatePairCodes(claims as WeightedClaim[], options.candidateFloor);
  const pairs = scorePairs(claims, codes);
  const scores = pairs.scores;
  // What every candidate is first tested on, in flat arrays: reached through each pair's objects,
  // it was cache misses for most of two hundred thousand pairs.
  const fragment = Uint8Array.from(claims, (c) => (c.claim.unit.fragment ? 1 : 0));
  const context = new PairContext(claims, codes, scores);
  const { model } = options;
  const rules = linkRules(model, nameOf);
  const kept: number[] = [];
  const bounds: number[] = [];
  const places = new PlaceTable(codes.length);
  const scratchPlace = emptyPlaceFeatures();
  for (let k = 0; k < codes.length; k++) {
    const i = Math.floor(codes[k] / n);
    const j = codes[k] - i * n;
    if (scores[k] < options.candidateFloor || fragment[i] || fragment[j]) continue;
    const place = placeFeaturesAt(i, j, scores[k], context, scratchPlace);
    // A point holds one claim per source: a pair where neither claim is the other's best match in
    // its source is two claims that each belong with something else (or with nothing).
    if (place.rankMax < 1) continue;
    const mostNames = Math.min(context.namesOf(i), context.namesOf(j));
    const mostNumbers = Math.min(context.numbersOf(i), context.numbersOf(j));
    const bound = linkLogitBound(place, mostNames, mostNumbers, model);
    if (bound < rules.cutoff) continue;
    places.write(kept.length, place);
    kept.push(k);
    bounds.push(bound);
  }
  return new LinkCandidates(claims, rules, places, codes, pairs, Int32Array.from(kept), Float64Array.from(bounds));
}

/** Place features by candidate, seven numbers each, read back into one reused object. */
class PlaceTable {
  private readonly values: Float64Array;
  private readonly place = emptyPlaceFeatures();

  constructor(capacity: number) {
    this.values = new Float64Array(capacity * 7);
  }

  write(c: number, place: PlaceFeatures): void {
    const v = this.values;
    const at = c * 7;
    v[at] = place.score;
    v[at + 1] = place.rankMin;
    v[at + 2] = place.rankMax;
    v[at + 3] = place.marginMin;
    v[at + 4] = place.shortLength;
    v[at + 5] = place.placeGap;
    v[at + 6] = place.sentenceOverlap;
  }

  /** Candidate `c`'s place features, in an object the next `read` overwrites. */
  read(c: number): PlaceFeatures {
    const v = this.values;
    const at = c * 7;
    const place = this.place;
    place.score = v[at];
    place.rankMin = v[at + 1];
    place.rankMax = v[at + 2];
    place.marginMin = v[at + 3];
    place.shortLength = v[at + 4];
    place.placeGap = v[at + 5];
    place.sentenceOverlap = v[at + 6];
    return place;
  }
}

