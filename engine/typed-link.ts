// How "check a claim" links a typed sentence to a source's claims. A typed claim has no place in
// a source and no rank among its neighbours, the cues the case alignment's model leans on
// (`link-model.ts`), so it is linked by thresholds on similarity and on the evidence behind it.
import { similarity, type Similarity, type WeightedClaim } from './similarity';
import { matchFeatures } from './link-features';
import { hasContest } from './verdicts/judge';

export interface TypedLinkOptions {
  /** Soft-cosine score above which the typed claim and a source's claim are the same point. */
  linkThreshold: number;
  /** Lower score that suffices when the pair carries a contest cue. */
  contestLinkThreshold: number;
  /** Minimum part of the score that must come from content words, not names. */
  minContentScore: number;
}

export const DEFAULT_TYPED_LINK: TypedLinkOptions = { linkThreshold: 0.26, contestLinkThreshold: 0.1, minContentScore: 0.03 };

export interface TypedLink {
  a: WeightedClaim;
  b: WeightedClaim;
  similarity: Similarity;
  contested: boolean;
}

/** Contest cues count as some evidence of speaking about the same thing. */
const CONTEST_BONUS = 0.05;

export function typedLink(a: WeightedClaim, b: WeightedClaim, nameOf: (id: string) => string, options: TypedLinkOptions, sim = similarity(a, b)): TypedLink | null {
  if (a.claim.unit.fragment || b.claim.unit.fragment) return null;
  if (sim.contentWeight < options.minContentScore * (sim.score >= options.linkThreshold ? 1 : 0.5)) return null;
  if (sim.score < options.contestLinkThreshold) return null;
  // Below the plain threshold, ask for two pieces of evidence, one of them a content word and one
  // possibly a contest cue: a shared name alone never makes two claims one point.
  const weak = sim.score < options.linkThreshold;
  const evidence = matchFeatures(sim);
  if (weak && (!evidence.contentEvidence || evidence.evidence < 1)) return null;
  // For a strong pair the cue only ranks it among the source's links, and the cheap cues suffice.
  const contested = hasContest({ a, b, similarity: sim, nameOf }, !weak);
  if (weak && (!contested || evidence.evidence + 1 < 2)) return null;
  return { a, b, similarity: sim, contested };
}

export function typedLinkStrength(link: TypedLink): number {
  return link.similarity.score + (link.contested ? CONTEST_BONUS : 0);
}

/** A content word of each claim's own, matched at synonym strength or closer (`matchFeatures`). */
export function hasContentEvidence(sim: Similarity): boolean {
  return matchFeatures(sim).contentEvidence;
}
