// Stage 3b: alignment. Finds the pairs of claims from different sources that speak about the
// same thing and groups them into points, at most one claim per source in a point, likeliest
// links first. Whether a pair links is decided by a small fitted model (`link-model.ts`) over
// general cues (`link-features.ts`); a contest cue is one of them: contradicting a claim is
// itself evidence of speaking about it.
import { rememberSimilarity, similarity, similarityRow, type Similarity, type WeightedClaim } from './similarity';
import { hasContest } from './verdicts/judge';
import { strongestFirst } from './link-order';
import { candidatePairCodes, candidatePairs, sourceIndices } from './candidates';
import { combine, linkLogitBound, matchFeatures, placeFeaturesAt, type MatchFeatures } from './link-features';
import { PairContext } from './pair-context';
import { DEFAULT_LINK_MODEL, linkCutoff, linkLogit, type LinkModel } from './link-model';

export { candidatePairs };

export interface AlignmentOptions {
  /** Pairs scoring below this soft-cosine similarity are never considered. */
  candidateFloor: number;
  model: LinkModel;
  /** Two groups merge only if every cross pair is linked or scores at least this. */
  coherenceFloor: number;
}

export const DEFAULT_ALIGNMENT: AlignmentOptions = { candidateFloor: 0.08, model: DEFAULT_LINK_MODEL, coherenceFloor: 0.03 };

export interface Link {
  a: WeightedClaim;
  b: WeightedClaim;
  similarity: Similarity;
  /**
   * A contest cue links this pair too. When the link stands either way the cue only orders the
   * merging, so it is looked up on first use: most links join claims that are already in one
   * point by the time their turn comes.
   */
  readonly contested: boolean;
  /** The model's log-odds that the pair is one fact; links merge in this order. */
  readonly strength: number;
  /** At least `strength`, known without the contest cue. */
  readonly strengthBound: number;
}

export function findLinks(claims: WeightedClaim[], nameOf: (id: string) => string, options: AlignmentOptions = DEFAULT_ALIGNMENT): Link[] {
  // Pairs as codes `i * n + j`: two hundred thousand candidates in a long dossier, read by index.
  const n = claims.length;
  const codes = candidatePairCodes(claims, options.candidateFloor);
  const sims: Similarity[] = new Array(codes.length);
  // Codes ascend, so each claim's partners come in one run: scored as a row.
  const partners: WeightedClaim[] = [];
  for (let k = 0; k < codes.length; ) {
    const i = Math.floor(codes[k] / n);
    const from = k;
    partners.length = 0;
    for (; k < codes.length && codes[k] < (i + 1) * n; k++) partners.push(claims[codes[k] - i * n]);
    similarityRow(claims[i], partners, sims, from, false);
  }
  // Flat copies of what every candidate is first tested on: reached through each pair's objects,
  // they were cache misses for most of two hundred thousand pairs.
  const scores = Float64Array.from(sims, (sim) => sim.score);
  const fragment = Uint8Array.from(claims, (c) => (c.claim.unit.fragment ? 1 : 0));
  const context = new PairContext(claims, codes, scores);
  const { model } = options;
  const cutoff = linkCutoff(model);
  const links: Link[] = [];
  for (let k = 0; k < codes.length; k++) {
    const i = Math.floor(codes[k] / n);
    const j = codes[k] - i * n;
    if (scores[k] < options.candidateFloor || fragment[i] || fragment[j]) continue;
    const place = placeFeaturesAt(i, j, scores[k], context);
    // A point holds one claim per source: a pair where neither claim is the other's best match in
    // its source is two claims that each belong with something else (or with nothing).
    if (place.rankMax < 1) continue;
    // Most candidates fall short even at their most favourable: they are turned down before their matches are read.
    const mostNames = Math.min(context.namesOf(i), context.namesOf(j));
    const mostNumbers = Math.min(context.numbersOf(i), context.numbersOf(j));
    if (linkLogitBound(place, mostNames, mostNumbers, model) < cutoff) continue;
    const a = claims[i];
    const b = claims[j];
    const sim = sims[k];
    // Pairs this close may link, and grouping and verdicts will ask about them again.
    rememberSimilarity(a, b, sim);
    const match = matchFeatures(sim);
    const evidence = evidenceLevel(match, sim.score);
    const plain = linkLogit(model, combine(place, match));
    const ifContested = plain + model.weights.contested;
    if (plain < cutoff && ifContested < cutoff) continue;
    if (plain >= cutoff && ifContested >= cutoff && evidence === ENOUGH_EVIDENCE) {
      links.push(new LazyLink(a, b, sim, nameOf, plain, ifContested));
      continue;
    }
    const contested = hasContest({ a, b, similarity: sim, nameOf });
    const strength = contested ? ifContested : plain;
    if (strength >= cutoff + (evidence === NO_EVIDENCE ? NO_CONTENT_MARGIN : 0) && (evidence !== ONE_PIECE || contested)) links.push({ a, b, similarity: sim, contested, strength, strengthBound: strength });
  }
  return links;
}

const NO_EVIDENCE = 0;
const ONE_PIECE = 1;
const ENOUGH_EVIDENCE = 2;
type EvidenceLevel = typeof NO_EVIDENCE | typeof ONE_PIECE | typeof ENOUGH_EVIDENCE;

/**
 * Evidence beyond the model's say. Below `ONE_PIECE_SCORE`, a pair whose only tie is one shared
 * word at synonym strength ("refused" / "rejected") also needs a second piece of evidence (another
 * such match, or a contest cue): it is not the same fact, however well placed. A pair sharing no
 * content word that closely ("shut down" / "close" meet only through related senses) links only
 * when the model is very sure (`NO_CONTENT_MARGIN`).
 */
export function evidenceOf(sim: Similarity): EvidenceLevel {
  return evidenceLevel(matchFeatures(sim), sim.score);
}

function evidenceLevel(match: MatchFeatures, score: number): EvidenceLevel {
  if (!match.contentEvidence) return NO_EVIDENCE;
  return match.evidence >= 2 || score >= ONE_PIECE_SCORE ? ENOUGH_EVIDENCE : ONE_PIECE;
}

/** The similarity at which one shared content word suffices. */
const ONE_PIECE_SCORE = 0.26;
/** Log-odds above the cutoff that a pair without a close content match needs (p 0.5 -> 0.88). */
const NO_CONTENT_MARGIN = 2;

/**
 * A link that stands either way: its contest cue only orders the merging, so it is looked up on
 * first use, and only among the cheap cues (the point's verdict later asks all of them).
 */
class LazyLink implements Link {
  private cue: boolean | undefined;
  readonly strengthBound: number;

  constructor(
    readonly a: WeightedClaim,
    readonly b: WeightedClaim,
    readonly similarity: Similarity,
    private readonly nameOf: (id: string) => string,
    private readonly plain: number,
    private readonly ifContested: number,
  ) {
    this.strengthBound = Math.max(plain, ifContested);
  }

  get contested(): boolean {
    this.cue ??= hasContest({ a: this.a, b: this.b, similarity: this.similarity, nameOf: this.nameOf }, true);
    return this.cue;
  }

  get strength(): number {
    return this.contested ? this.ifContested : this.plain;
  }
}

/**
 * Groups linked claims into points, strongest links first. A point never holds two claims of
 * one source, and two groups merge only when every claim pair across them is linked or at
 * least loosely similar, so a chain of weak links cannot join unrelated claims.
 */
export function groupIntoPoints(claims: WeightedClaim[], links: Link[], options: AlignmentOptions = DEFAULT_ALIGNMENT): WeightedClaim[][] {
  const n = claims.length;
  const indexOf = new Map(claims.map((c, i) => [c, i]));
  // Groups hold claim indices. By claim index: its group, and (up to 30 sources) the group's
  // sources as bits, so that most links, whose claims already share a point or a source, are
  // turned down at a glance.
  const groupOf = claims.map((_, i) => [i]);
  const { sourceOf, sources } = sourceIndices(claims);
  const sourceBits = sources <= 30 ? Int32Array.from(sourceOf, (s) => 1 << s) : null;
  const ends = new Int32Array(links.length * 2);
  const linked = new Set<number>();
  links.forEach((link, k) => {
    const i = indexOf.get(link.a)!;
    const j = indexOf.get(link.b)!;
    ends[2 * k] = i;
    ends[2 * k + 1] = j;
    linked.add(i < j ? i * n + j : j * n + i);
  });
  // Asked in the order alignment scored its candidates (earlier claim first), so the answer is the remembered one.
  const coherent = (x: number, y: number) => {
    const first = x < y ? x : y;
    const second = x < y ? y : x;
    return linked.has(first * n + second) || similarity(claims[first], claims[second]).score >= options.coherenceFloor;
  };
  const canMerge = (i: number, j: number) => {
    const ga = groupOf[i];
    const gb = groupOf[j];
    if (sourceBits) return ga !== gb && (sourceBits[i] & sourceBits[j]) === 0;
    return ga !== gb && !gb.some((y) => ga.some((x) => sourceOf[x] === sourceOf[y]));
  };
  // Once two groups fail the coherence check for a link's direction they fail it for good: merging
  // only adds claims, hence cross pairs, to check. Remembering that spares re-checking big groups.
  const incoherent = new WeakMap<number[], WeakSet<number[]>>();
  const knownIncoherent = (ga: number[], gb: number[]) => incoherent.get(ga)?.has(gb) ?? false;
  const useful = (_: Link, k: number) => canMerge(ends[2 * k], ends[2 * k + 1]) && !knownIncoherent(groupOf[ends[2 * k]], groupOf[ends[2 * k + 1]]);
  for (const k of strongestFirst(links, (link) => link.strengthBound, (link) => link.strength, useful)) {
    const i = ends[2 * k];
    const j = ends[2 * k + 1];
    const ga = groupOf[i];
    const gb = groupOf[j];
    if (!canMerge(i, j) || knownIncoherent(ga, gb)) continue;
    if (!ga.every((x) => gb.every((y) => coherent(x, y)))) {
      if (!incoherent.has(ga)) incoherent.set(ga, new WeakSet());
      incoherent.get(ga)!.add(gb);
      continue;
    }
    const merged = [...ga, ...gb];
    const bits = sourceBits ? sourceBits[i] | sourceBits[j] : 0;
    for (const m of merged) {
      groupOf[m] = merged;
      if (sourceBits) sourceBits[m] = bits;
    }
  }
  const groups: WeightedClaim[][] = [];
  const seen = new Set<number[]>();
  for (const g of groupOf) {
    if (seen.has(g)) continue;
    seen.add(g);
    groups.push(g.sort((x, y) => x - y).map((m) => claims[m]));
  }
  return groups;
}
