// Stage 3b: alignment. Finds the pairs of claims from different sources that speak about the
// same thing and groups them into points, at most one claim per source in a point, strongest
// links first. A pair with a contest cue needs less overlap: contradicting a claim is itself
// evidence of speaking about it.
import { similarity, type Similarity, type WeightedClaim } from './similarity';
import { contestReasons } from './verdicts/judge';
import type { ClaimPair } from './verdicts/pair';
import type { Reason } from './types';

export interface AlignmentOptions {
  /** Soft-cosine score above which two claims are the same point. */
  linkThreshold: number;
  /** Lower score that suffices when the pair carries a contest cue. */
  contestLinkThreshold: number;
  /** Minimum part of the score that must come from content words, not names. */
  minContentScore: number;
}

export const DEFAULT_ALIGNMENT: AlignmentOptions = { linkThreshold: 0.3, contestLinkThreshold: 0.14, minContentScore: 0.08 };

export interface Link {
  a: WeightedClaim;
  b: WeightedClaim;
  similarity: Similarity;
  contests: Reason[];
}

export function candidatePairs(claims: WeightedClaim[]): [WeightedClaim, WeightedClaim][] {
  const postings = new Map<string, number[]>();
  claims.forEach((c, index) => {
    const keys = new Set<string>();
    for (const item of c.items) if (item.feature.pos !== 'e' && !item.feature.inherited) for (const key of item.keys.keys()) keys.add(key);
    for (const key of keys) {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      list.push(index);
    }
  });
  const seen = new Set<number>();
  const pairs: [WeightedClaim, WeightedClaim][] = [];
  const n = claims.length;
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x];
        const j = list[y];
        if (claims[i].claim.unit.source === claims[j].claim.unit.source) continue;
        const id = i * n + j;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([claims[i], claims[j]]);
      }
    }
  }
  const order = new Map(claims.map((c, i) => [c, i]));
  return pairs.sort(([a1, b1], [a2, b2]) => order.get(a1)! - order.get(a2)! || order.get(b1)! - order.get(b2)!);
}

export function scorePair(a: WeightedClaim, b: WeightedClaim, nameOf: (id: string) => string, options: AlignmentOptions): Link | null {
  const sim = similarity(a, b);
  if (sim.contentWeight < options.minContentScore * (sim.score >= options.linkThreshold ? 1 : 0.5)) return null;
  if (sim.score < options.contestLinkThreshold) return null;
  const pair: ClaimPair = { a, b, similarity: sim, nameOf };
  const contests = contestReasons(pair);
  if (sim.score < options.linkThreshold && !contests.length) return null;
  return { a, b, similarity: sim, contests };
}

export function findLinks(claims: WeightedClaim[], nameOf: (id: string) => string, options: AlignmentOptions = DEFAULT_ALIGNMENT): Link[] {
  const links: Link[] = [];
  for (const [a, b] of candidatePairs(claims)) {
    const link = scorePair(a, b, nameOf, options);
    if (link) links.push(link);
  }
  return links;
}

/** Groups linked claims into points, strongest links first, never two claims of one source. */
export function groupIntoPoints(claims: WeightedClaim[], links: Link[]): WeightedClaim[][] {
  const groupOf = new Map<WeightedClaim, WeightedClaim[]>();
  for (const c of claims) groupOf.set(c, [c]);
  const ordered = [...links].sort((x, y) => linkStrength(y) - linkStrength(x));
  for (const link of ordered) {
    const ga = groupOf.get(link.a)!;
    const gb = groupOf.get(link.b)!;
    if (ga === gb) continue;
    const sources = new Set(ga.map((c) => c.claim.unit.source));
    if (gb.some((c) => sources.has(c.claim.unit.source))) continue;
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

/** Contest cues count as evidence of speaking about the same thing. */
function linkStrength(link: Link): number {
  return link.similarity.score + (link.contests.length ? 0.15 : 0);
}
