// Stage 3b: alignment. Finds the pairs of claims from different sources that speak about the
// same thing and groups them into points, at most one claim per source in a point, strongest
// links first. A pair with a contest cue needs less overlap: contradicting a claim is itself
// evidence of speaking about it.
import { similarity, type Similarity, type WeightedClaim } from './similarity';
import { isWordFeature } from './features';
import { hasContest } from './verdicts/judge';

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
  /** A contest cue links this pair too: it counts as evidence of speaking about the same thing. */
  contested: boolean;
}

/**
 * Pairs worth scoring: claims of different sources that share a content key, ranked by a quick
 * sparse dot product over their keys. Keys shared by a large share of the case's claims say
 * little about which claims match and would make this quadratic, so they do not propose pairs.
 */
export function candidatePairs(claims: WeightedClaim[], minScore = 0): [WeightedClaim, WeightedClaim][] {
  // Each claim's strong keys with their best weight, and for each key the claims that hold it.
  const claimKeys = claims.map(strongKeys);
  const postingClaims = new Map<string, number[]>();
  const postingWeights = new Map<string, number[]>();
  claimKeys.forEach((keys, index) => {
    for (const [key, weight] of keys) {
      if (!postingClaims.has(key)) {
        postingClaims.set(key, []);
        postingWeights.set(key, []);
      }
      postingClaims.get(key)!.push(index);
      postingWeights.get(key)!.push(weight);
    }
  });
  const sourceIndex = new Map<string, number>();
  const sourceOf = Int32Array.from(claims, (c) => {
    if (!sourceIndex.has(c.claim.unit.source)) sourceIndex.set(c.claim.unit.source, sourceIndex.size);
    return sourceIndex.get(c.claim.unit.source)!;
  });
  const maxPosting = Math.max(MIN_POSTING_CAP, Math.ceil(claims.length * COMMON_KEY_SHARE));
  // Long dossiers repeat facts; there, a claim's three best partners in each source suffice.
  const perSource = claims.length > LARGE_CASE_CLAIMS ? MAX_CANDIDATES_PER_SOURCE_LARGE : MAX_CANDIDATES_PER_SOURCE;
  const pairs: [WeightedClaim, WeightedClaim][] = [];
  const dots = new Float64Array(claims.length);
  const touched: number[] = [];
  claims.forEach((c, i) => {
    const source = sourceOf[i];
    for (const [key, weight] of claimKeys[i]) {
      const others = postingClaims.get(key)!;
      if (others.length > maxPosting) continue;
      const weights = postingWeights.get(key)!;
      for (let k = 0; k < others.length; k++) {
        const j = others[k];
        if (j <= i || sourceOf[j] === source) continue;
        if (dots[j] === 0) touched.push(j);
        dots[j] += weight * weights[k];
      }
    }
    // The quick overlap over-counts, so it bounds the real score from above: below the lowest
    // link threshold a pair can never link. Of the rest, only each source's best few are kept.
    const bySource = new Map<number, [number, number][]>();
    for (const j of touched) {
      const score = dots[j] / (c.norm * claims[j].norm || 1);
      dots[j] = 0;
      if (score < minScore) continue;
      let list = bySource.get(sourceOf[j]);
      if (!list) bySource.set(sourceOf[j], (list = []));
      list.push([j, score]);
    }
    touched.length = 0;
    const kept: number[] = [];
    for (const list of bySource.values()) {
      list.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
      for (let k = 0; k < Math.min(perSource, list.length); k++) kept.push(list[k][0]);
    }
    for (const j of kept.sort((x, y) => x - y)) pairs.push([c, claims[j]]);
  });
  return pairs;
}

/** A claim's content keys strong enough to propose a pair, each with its best weighted strength. */
function strongKeys(claim: WeightedClaim): Map<string, number> {
  const keys = new Map<string, number>();
  for (const item of claim.items) {
    if (!isWordFeature(item.feature) || item.feature.inherited) continue;
    for (const [key, strength] of item.keys) {
      if (strength >= MIN_CANDIDATE_STRENGTH) keys.set(key, Math.max(keys.get(key) ?? 0, strength * item.weight));
    }
  }
  return keys;
}

/** Scores one pair; `mutual` says each claim is the other's best match in its source. */
export function scorePair(a: WeightedClaim, b: WeightedClaim, nameOf: (id: string) => string, options: AlignmentOptions, mutual = false, sim = similarity(a, b)): Link | null {
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
  const contested = hasContest({ a, b, similarity: sim, nameOf }, !weak);
  if (sim.score < threshold && !contested) return null;
  if (weak && evidenceCount(sim) + (contested ? 1 : 0) < 2) return null;
  return { a, b, similarity: sim, contested };
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
  return link.similarity.score + (link.contested ? CONTEST_BONUS : 0);
}
const CONTEST_BONUS = 0.05;
/** Keys found in more than this share of claims (and more than MIN_POSTING_CAP) propose no pairs. */
const COMMON_KEY_SHARE = 0.03;
const MIN_POSTING_CAP = 60;
/** Candidates kept per claim and other source, best quick overlap first. */
const MAX_CANDIDATES_PER_SOURCE = 6;
const MAX_CANDIDATES_PER_SOURCE_LARGE = 3;
const LARGE_CASE_CLAIMS = 1500;
/** Weak keys (hypernyms, classes) refine a score but are too common to propose pairs. */
const MIN_CANDIDATE_STRENGTH = 0.7;
/** A match this strong (a synonym or better) counts as a piece of evidence for a weak link. */
const EVIDENCE_STRENGTH = 0.8;
/** A pair within this share of each claim's best match in the other source still counts as mutual. */
const NEAR_BEST = 0.85;
