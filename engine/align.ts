// Stage 3b: alignment. Finds the pairs of claims from different sources that speak about the
// same thing and groups them into points, at most one claim per source in a point, strongest
// links first. A pair with a contest cue needs less overlap: contradicting a claim is itself
// evidence of speaking about it.
import { similarity, type Similarity, type WeightedClaim } from './similarity';
import { isWordFeature } from './features';
import { contestReasons } from './verdicts/judge';
import type { Reason } from './types';

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
  contests: Reason[];
}

/**
 * Pairs worth scoring: claims of different sources that share a content key, ranked by a quick
 * sparse dot product over their keys. Keys shared by a large share of the case's claims say
 * little about which claims match and would make this quadratic, so they do not propose pairs.
 */
export function candidatePairs(claims: WeightedClaim[], minScore = 0): [WeightedClaim, WeightedClaim][] {
  const postings = new Map<string, { claim: number; weight: number }[]>();
  claims.forEach((c, index) => {
    const strongest = new Map<string, number>();
    for (const item of c.items) {
      if (!isWordFeature(item.feature) || item.feature.inherited) continue;
      for (const [key, strength] of item.keys) {
        if (strength >= MIN_CANDIDATE_STRENGTH) strongest.set(key, Math.max(strongest.get(key) ?? 0, strength * item.weight));
      }
    }
    for (const [key, weight] of strongest) {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      list.push({ claim: index, weight });
    }
  });
  const maxPosting = Math.max(MIN_POSTING_CAP, Math.ceil(claims.length * COMMON_KEY_SHARE));
  const pairs: [WeightedClaim, WeightedClaim][] = [];
  const dots = new Float64Array(claims.length);
  const touched: number[] = [];
  claims.forEach((c, i) => {
    for (const item of c.items) {
      if (!isWordFeature(item.feature) || item.feature.inherited) continue;
      for (const [key, strength] of item.keys) {
        if (strength < MIN_CANDIDATE_STRENGTH) continue;
        const list = postings.get(key)!;
        if (list.length > maxPosting) continue;
        for (const { claim: j, weight } of list) {
          if (j <= i || claims[j].claim.unit.source === c.claim.unit.source) continue;
          if (dots[j] === 0) touched.push(j);
          dots[j] += strength * item.weight * weight;
        }
      }
    }
    const overlap = touched.map((j) => [j, dots[j]] as [number, number]);
    for (const j of touched) dots[j] = 0;
    touched.length = 0;
    // The quick overlap over-counts, so it bounds the real score from above: below the lowest
    // link threshold a pair can never link. Of the rest, only each source's best few are kept.
    const bySource = new Map<string, [number, number][]>();
    for (const [j, dot] of overlap) {
      const score = dot / (c.norm * claims[j].norm || 1);
      if (score < minScore) continue;
      const source = claims[j].claim.unit.source;
      let list = bySource.get(source);
      if (!list) bySource.set(source, (list = []));
      list.push([j, score]);
    }
    const kept: number[] = [];
    for (const list of bySource.values()) {
      list.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
      for (const [j] of list.slice(0, MAX_CANDIDATES_PER_SOURCE)) kept.push(j);
    }
    for (const j of kept.sort((x, y) => x - y)) pairs.push([c, claims[j]]);
  });
  return pairs;
}

/** Scores one pair; `mutual` says each claim is the other's best match in its source. */
export function scorePair(a: WeightedClaim, b: WeightedClaim, nameOf: (id: string) => string, options: AlignmentOptions, mutual = false, sim = similarity(a, b)): Link | null {
  const threshold = mutual ? Math.min(options.mutualThreshold, options.linkThreshold) : options.linkThreshold;
  if (sim.contentWeight < options.minContentScore * (sim.score >= threshold ? 1 : 0.5)) return null;
  if (sim.score < Math.min(options.contestLinkThreshold, threshold)) return null;
  const contests = contestReasons({ a, b, similarity: sim, nameOf });
  if (sim.score < threshold && (!contests.length || (!mutual && sim.score < options.mutualThreshold))) return null;
  // Below the plain threshold, one shared word is not enough: ask for two pieces of evidence, one
  // of them a content word (a shared name alone never makes two claims one point).
  if (sim.score < options.linkThreshold && (!hasContentEvidence(sim) || evidenceCount(sim) + (contests.length ? 1 : 0) < 2)) return null;
  return { a, b, similarity: sim, contests };
}

function hasContentEvidence(sim: Similarity): boolean {
  return sim.matches.some((m) => m.strength >= EVIDENCE_STRENGTH && isWordFeature(m.a.feature) && isWordFeature(m.b.feature) && !m.a.feature.inherited && !m.b.feature.inherited);
}

function evidenceCount(sim: Similarity): number {
  return sim.matches.filter((m) => m.strength >= EVIDENCE_STRENGTH && !(m.a.feature.inherited && m.b.feature.inherited)).length;
}

export function findLinks(claims: WeightedClaim[], nameOf: (id: string) => string, options: AlignmentOptions = DEFAULT_ALIGNMENT): Link[] {
  const lowest = Math.min(options.linkThreshold, options.mutualThreshold, options.contestLinkThreshold);
  const scored = candidatePairs(claims, lowest).map(([a, b]) => ({ a, b, sim: similarity(a, b) }));
  // Each claim's best score against each other source: a pair that is best both ways is a likely match.
  const best = new Map<WeightedClaim, Map<string, number>>();
  const note = (claim: WeightedClaim, source: string, score: number) => {
    let bySource = best.get(claim);
    if (!bySource) best.set(claim, (bySource = new Map()));
    bySource.set(source, Math.max(bySource.get(source) ?? 0, score));
  };
  for (const { a, b, sim } of scored) {
    note(a, b.claim.unit.source, sim.score);
    note(b, a.claim.unit.source, sim.score);
  }
  const links: Link[] = [];
  for (const { a, b, sim } of scored) {
    const mutual = sim.score >= NEAR_BEST * best.get(a)!.get(b.claim.unit.source)! && sim.score >= NEAR_BEST * best.get(b)!.get(a.claim.unit.source)!;
    const link = scorePair(a, b, nameOf, options, mutual, sim);
    if (link) links.push(link);
  }
  return links;
}

/**
 * Groups linked claims into points, strongest links first. A point never holds two claims of
 * one source, and two groups merge only when every claim pair across them is linked or at
 * least loosely similar, so a chain of weak links cannot join unrelated claims.
 */
export function groupIntoPoints(claims: WeightedClaim[], links: Link[], options: AlignmentOptions = DEFAULT_ALIGNMENT): WeightedClaim[][] {
  const groupOf = new Map<WeightedClaim, WeightedClaim[]>();
  for (const c of claims) groupOf.set(c, [c]);
  const linked = new Set(links.map((l) => pairKey(l.a, l.b)));
  const coherent = (x: WeightedClaim, y: WeightedClaim) => linked.has(pairKey(x, y)) || similarity(x, y).score >= options.coherenceFloor;
  const ordered = [...links].sort((x, y) => linkStrength(y) - linkStrength(x));
  for (const link of ordered) {
    const ga = groupOf.get(link.a)!;
    const gb = groupOf.get(link.b)!;
    if (ga === gb) continue;
    const sources = new Set(ga.map((c) => c.claim.unit.source));
    if (gb.some((c) => sources.has(c.claim.unit.source))) continue;
    if (!ga.every((x) => gb.every((y) => coherent(x, y)))) continue;
    const merged = [...ga, ...gb];
    for (const c of merged) groupOf.set(c, merged);
  }
  const order = new Map(claims.map((c, i) => [c, i]));
  const groups: WeightedClaim[][] = [];
  const seen = new Set<WeightedClaim[]>();
  for (const c of claims) {
    const g = groupOf.get(c)!;
    if (seen.has(g)) continue;
    seen.add(g);
    groups.push(g.sort((x, y) => order.get(x)! - order.get(y)!));
  }
  return groups;
}

function pairKey(a: WeightedClaim, b: WeightedClaim): string {
  const [x, y] = [a.claim.unit.id, b.claim.unit.id];
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

/** Contest cues count as some evidence of speaking about the same thing. */
function linkStrength(link: Link): number {
  return link.similarity.score + (link.contests.length ? CONTEST_BONUS : 0);
}
const CONTEST_BONUS = 0.05;
/** Keys found in more than this share of claims (and more than MIN_POSTING_CAP) propose no pairs. */
const COMMON_KEY_SHARE = 0.03;
const MIN_POSTING_CAP = 60;
/** Candidates kept per claim and other source, best quick overlap first. */
const MAX_CANDIDATES_PER_SOURCE = 6;
/** Weak keys (hypernyms, classes) refine a score but are too common to propose pairs. */
const MIN_CANDIDATE_STRENGTH = 0.7;
/** A match this strong (a synonym or better) counts as a piece of evidence for a weak link. */
const EVIDENCE_STRENGTH = 0.8;
/** A pair within this share of each claim's best match in the other source still counts as mutual. */
const NEAR_BEST = 0.85;
