// Stage 3b: alignment. Finds the pairs of claims from different sources that speak about the
// same thing and groups them into points, at most one claim per source in a point, strongest
// links first. A pair with a contest cue needs less overlap: contradicting a claim is itself
// evidence of speaking about it.
import { similarity, type Similarity, type WeightedClaim } from './similarity';
import { isWordFeature } from './features';
import { hasContest } from './verdicts/judge';
import { strongestFirst } from './link-order';
import { candidatePairCodes, candidatePairs, sourceIndices } from './candidates';

export { candidatePairs };

export interface AlignmentOptions {
  /** Soft-cosine score above which two claims are the same point. */
  linkThreshold: number;
  /** Lower score that suffices when each claim is the other's best match in its source. */
  mutualThreshold: number;
  /** Lower score that suffices when the pair carries a contest cue. */
  contestLinkThreshold: number;
  /** Minimum part of the score that must come from content words, not names. */
  minContentScore: number;
  /** Two groups merge only if every cross pair is linked or scores at least this. */
  coherenceFloor: number;
}

export const DEFAULT_ALIGNMENT: AlignmentOptions = { linkThreshold: 0.26, mutualThreshold: 0.1, contestLinkThreshold: 0.08, minContentScore: 0.03, coherenceFloor: 0.03 };

export interface Link {
  a: WeightedClaim;
  b: WeightedClaim;
  similarity: Similarity;
  /**
   * A contest cue links this pair too: it counts as evidence of speaking about the same thing.
   * For a strong pair it only orders the merging, so it is looked up on first use: most strong
   * links join claims that are already in one point by the time their turn comes.
   */
  readonly contested: boolean;
}

/** Scores one pair; `mutual` says each claim is the other's best match in its source. */
export function scorePair(a: WeightedClaim, b: WeightedClaim, nameOf: (id: string) => string, options: AlignmentOptions, mutual = false, sim = similarity(a, b)): Link | null {
  if (a.claim.unit.fragment || b.claim.unit.fragment) return null;
  const threshold = mutual ? Math.min(options.mutualThreshold, options.linkThreshold) : options.linkThreshold;
  if (sim.contentWeight < options.minContentScore * (sim.score >= threshold ? 1 : 0.5)) return null;
  if (sim.score < Math.min(options.contestLinkThreshold, threshold)) return null;
  // Below the plain threshold, one shared word is not enough: ask for two pieces of evidence, one
  // of them a content word (a shared name alone never makes two claims one point). These checks
  // come before the contest cues, which are the costly part, whenever a cue could not save the pair.
  const weak = sim.score < options.linkThreshold;
  if (sim.score < threshold && !mutual && sim.score < options.mutualThreshold) return null;
  if (weak && (!hasContentEvidence(sim) || evidenceCount(sim) < 1)) return null;
  // A strong pair links anyway; for it a contest only orders the merging, and the cheap cues suffice.
  if (!weak) return strongLink(a, b, sim, nameOf);
  const contested = hasContest({ a, b, similarity: sim, nameOf });
  if (sim.score < threshold && !contested) return null;
  if (evidenceCount(sim) + (contested ? 1 : 0) < 2) return null;
  return { a, b, similarity: sim, contested };
}

function strongLink(a: WeightedClaim, b: WeightedClaim, sim: Similarity, nameOf: (id: string) => string): Link {
  return new StrongLink(a, b, sim, nameOf);
}

/** A class rather than an object with a getter: one small object per link, no closure. */
class StrongLink implements Link {
  private cue: boolean | undefined;

  constructor(
    readonly a: WeightedClaim,
    readonly b: WeightedClaim,
    readonly similarity: Similarity,
    private readonly nameOf: (id: string) => string,
  ) {}

  get contested(): boolean {
    this.cue ??= hasContest({ a: this.a, b: this.b, similarity: this.similarity, nameOf: this.nameOf }, true);
    return this.cue;
  }
}

export function hasContentEvidence(sim: Similarity): boolean {
  return sim.matches.some((m) => m.strength >= EVIDENCE_STRENGTH && isWordFeature(m.a.feature) && isWordFeature(m.b.feature) && !m.a.feature.inherited && !m.b.feature.inherited);
}

function evidenceCount(sim: Similarity): number {
  return sim.matches.filter((m) => m.strength >= EVIDENCE_STRENGTH && !(m.a.feature.inherited && m.b.feature.inherited)).length;
}

export function findLinks(claims: WeightedClaim[], nameOf: (id: string) => string, options: AlignmentOptions = DEFAULT_ALIGNMENT): Link[] {
  const lowest = Math.min(options.linkThreshold, options.mutualThreshold, options.contestLinkThreshold);
  const codes = candidatePairCodes(claims, lowest);
  const n = claims.length;
  const sims = Array.from(codes, (code) => similarity(claims[Math.floor(code / n)], claims[code % n]));
  // Each claim's best score against each other source: a pair that is best both ways is a likely match.
  const { sourceOf, sources } = sourceIndices(claims);
  const best = new Float64Array(n * sources);
  codes.forEach((code, p) => {
    const i = Math.floor(code / n);
    const j = code % n;
    best[i * sources + sourceOf[j]] = Math.max(best[i * sources + sourceOf[j]], sims[p].score);
    best[j * sources + sourceOf[i]] = Math.max(best[j * sources + sourceOf[i]], sims[p].score);
  });
  const links: Link[] = [];
  codes.forEach((code, p) => {
    const i = Math.floor(code / n);
    const j = code % n;
    const sim = sims[p];
    const mutual = sim.score >= NEAR_BEST * best[i * sources + sourceOf[j]] && sim.score >= NEAR_BEST * best[j * sources + sourceOf[i]];
    const link = scorePair(claims[i], claims[j], nameOf, options, mutual, sim);
    if (link) links.push(link);
  });
  return links;
}

/**
 * Groups linked claims into points, strongest links first. A point never holds two claims of
 * one source, and two groups merge only when every claim pair across them is linked or at
 * least loosely similar, so a chain of weak links cannot join unrelated claims.
 */
export function groupIntoPoints(claims: WeightedClaim[], links: Link[], options: AlignmentOptions = DEFAULT_ALIGNMENT): WeightedClaim[][] {
  const indexOf = new Map(claims.map((c, i) => [c, i]));
  // By claim index: its group, and (up to 30 sources) the group's sources as bits, so that most
  // links, whose claims already share a point or a source, are turned down at a glance.
  const groupOf = claims.map((c) => [c]);
  const { sourceOf, sources } = sourceIndices(claims);
  const sourceBits = sources <= 30 ? Int32Array.from(sourceOf, (s) => 1 << s) : null;
  const ends = new Int32Array(links.length * 2);
  links.forEach((link, k) => {
    ends[2 * k] = indexOf.get(link.a)!;
    ends[2 * k + 1] = indexOf.get(link.b)!;
  });
  const pairKey = (x: WeightedClaim, y: WeightedClaim) => {
    const [i, j] = [indexOf.get(x)!, indexOf.get(y)!];
    return i < j ? i * claims.length + j : j * claims.length + i;
  };
  const linked = new Set(links.map((_, k) => (ends[2 * k] < ends[2 * k + 1] ? ends[2 * k] * claims.length + ends[2 * k + 1] : ends[2 * k + 1] * claims.length + ends[2 * k])));
  const coherent = (x: WeightedClaim, y: WeightedClaim) => linked.has(pairKey(x, y)) || similarity(x, y).score >= options.coherenceFloor;
  const canMerge = (i: number, j: number) => {
    const ga = groupOf[i];
    const gb = groupOf[j];
    if (sourceBits) return ga !== gb && (sourceBits[i] & sourceBits[j]) === 0;
    return ga !== gb && !gb.some((c) => ga.some((x) => x.claim.unit.source === c.claim.unit.source));
  };
  // Once two groups fail the coherence check for a link's direction they fail it for good: merging
  // only adds claims, hence cross pairs, to check. Remembering that spares re-checking big groups.
  const incoherent = new WeakMap<WeightedClaim[], WeakSet<WeightedClaim[]>>();
  const knownIncoherent = (ga: WeightedClaim[], gb: WeightedClaim[]) => incoherent.get(ga)?.has(gb) ?? false;
  const useful = (_: Link, k: number) => canMerge(ends[2 * k], ends[2 * k + 1]) && !knownIncoherent(groupOf[ends[2 * k]], groupOf[ends[2 * k + 1]]);
  for (const k of strongestFirst(links, (link) => link.similarity.score + CONTEST_BONUS, linkStrength, useful)) {
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
    for (const c of merged) {
      const m = indexOf.get(c)!;
      groupOf[m] = merged;
      if (sourceBits) sourceBits[m] = bits;
    }
  }
  const order = new Map(claims.map((c, i) => [c, i]));
  const groups: WeightedClaim[][] = [];
  const seen = new Set<WeightedClaim[]>();
  for (const g of groupOf) {
    if (seen.has(g)) continue;
    seen.add(g);
    groups.push(g.sort((x, y) => order.get(x)! - order.get(y)!));
  }
  return groups;
}

/** Contest cues count as some evidence of speaking about the same thing. */
export function linkStrength(link: Link): number {
  return link.similarity.score + (link.contested ? CONTEST_BONUS : 0);
}
const CONTEST_BONUS = 0.05;
/** A match this strong (a synonym or better) counts as a piece of evidence for a weak link. */
const EVIDENCE_STRENGTH = 0.8;
/** A pair within this share of each claim's best match in the other source still counts as mutual. */
const NEAR_BEST = 0.85;
