// Stage 3b: alignment. Finds the pairs of claims from different sources that speak about the
// same thing and groups them into points, at most one claim per source in a point, likeliest
// links first. Whether a pair links is decided by a small fitted model (`link-model.ts`) over
// general cues (`link-features.ts`); a contest cue is one of them: contradicting a claim is
// itself evidence of speaking about it.
import { similarity, type WeightedClaim } from './similarity';
import { strongestFirst } from './link-order';
import { candidatePairs, sourceIndices } from './candidates';
import { LinkCandidates, linkCandidates, type Link } from './link-candidates';
import { DEFAULT_LINK_MODEL, type LinkModel } from './link-model';

export { candidatePairs, linkCandidates, LinkCandidates, type Link };
export { evidenceOf } from './link-decision';

export interface AlignmentOptions {
  /** Pairs scoring below this soft-cosine similarity are never considered. */
  candidateFloor: number;
  model: LinkModel;
  /** Two groups merge only if every cross pair is linked or scores at least this. */
  coherenceFloor: number;
}

export const DEFAULT_ALIGNMENT: AlignmentOptions = { candidateFloor: 0.08, model: DEFAULT_LINK_MODEL, coherenceFloor: 0.03 };

/** Every link among `claims`, in the order alignment scores candidates (tools and single pairs; `analyze` decides links lazily). */
export function findLinks(claims: WeightedClaim[], nameOf: (id: string) => string, options: AlignmentOptions = DEFAULT_ALIGNMENT): Link[] {
  return linkCandidates(claims, nameOf, options).links();
}

/**
 * Groups linked claims into points, strongest links first. A point never holds two claims of
 * one source, and two groups merge only when every claim pair across them is linked or at
 * least loosely similar, so a chain of weak links cannot join unrelated claims.
 */
export function groupIntoPoints(claims: WeightedClaim[], candidates: LinkCandidates, options: AlignmentOptions = DEFAULT_ALIGNMENT): WeightedClaim[][] {
  // Groups hold claim indices. By claim index: its group, and (up to 30 sources) the group's
  // sources as bits, so that most links, whose claims already share a point or a source, are
  // turned down at a glance.
  const groupOf = claims.map((_, i) => [i]);
  const { sourceOf, sources } = sourceIndices(claims);
  const sourceBits = sources <= 30 ? Int32Array.from(sourceOf, (s) => 1 << s) : null;
  const { ends } = candidates;
  // Asked in the order alignment scored its candidates (earlier claim first), so the answer is the
  // remembered one; a pair alignment scored is not scored again.
  const coherent = (x: number, y: number) => {
    const first = x < y ? x : y;
    const second = x < y ? y : x;
    // Most pairs of a growing point are remembered already (a decided link, a pair checked before).
    const known = claims[first].scored?.get(claims[second]);
    const scored = known ? undefined : candidates.scored(first, second);
    if ((known ?? scored ?? similarity(claims[first], claims[second])).score >= options.coherenceFloor) return true;
    const c = candidates.candidateOf(first, second);
    return c >= 0 && candidates.link(c) !== null;
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
  const useful = (c: number) => canMerge(ends[2 * c], ends[2 * c + 1]) && !knownIncoherent(groupOf[ends[2 * c]], groupOf[ends[2 * c + 1]]);
  // A candidate is looked at only at the front of the queue, while it could still merge two
  // groups: first decided (its bound without the contest cue), then its contest cue if need be.
  const looks = new Uint8Array(candidates.size);
  const steps = {
    tighten(c: number): number | null {
      const link = candidates.link(c);
      if (!link) return null;
      return looks[c]++ === 0 && !link.strengthKnown ? link.strengthBound : link.strength;
    },
    isExact: (c: number) => looks[c] > 1 || candidates.link(c)!.strengthKnown,
  };
  for (const c of strongestFirst(candidates.size, (c) => candidates.bounds[c], steps, useful)) {
    const i = ends[2 * c];
    const j = ends[2 * c + 1];
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
