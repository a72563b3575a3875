// Stage 3b (part): whether a candidate pair links, once grouping asks. The fitted model's say
// (`link-model.ts`) over the pair's place and match cues, with the hard evidence rules above it; a
// contest cue counts too, looked up only when it could change the answer, or, for a link that
// stands either way, when its turn in the merging order comes.
import type { Similarity, WeightedClaim } from './similarity';
import { hasContest } from './verdicts/judge';
import { combine, matchFeatures, type LinkFeatures, type MatchFeatures, type PlaceFeatures } from './link-features';
import { linkCutoff, linkLogit, type LinkModel } from './link-model';

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
  /** Whether `strength` is known without looking up the contest cue. */
  readonly strengthKnown: boolean;
}

/** What every decision of one alignment reads: the model, the log-odds it needs, source names for the cues. */
export interface LinkRules {
  model: LinkModel;
  cutoff: number;
  nameOf: (id: string) => string;
}

export function linkRules(model: LinkModel, nameOf: (id: string) => string): LinkRules {
  return { model, cutoff: linkCutoff(model), nameOf };
}

/**
 * The link between `a` and `b`, or null. `place`: the pair's place features; `features` is filled
 * and left behind (nothing of it is kept).
 */
export function decideLink(a: WeightedClaim, b: WeightedClaim, sim: Similarity, place: PlaceFeatures, rules: LinkRules, features?: LinkFeatures): Link | null {
  const { model, cutoff, nameOf } = rules;
  const match = matchFeatures(sim);
  const evidence = evidenceLevel(match, sim.score);
  const plain = linkLogit(model, combine(place, match, features));
  const ifContested = plain + model.weights.contested;
  if (plain < cutoff && ifContested < cutoff) return null;
  if (plain >= cutoff && ifContested >= cutoff && evidence === ENOUGH_EVIDENCE) return new LazyLink(a, b, sim, nameOf, plain, ifContested);
  const contested = hasContest({ a, b, similarity: sim, nameOf });
  const strength = contested ? ifContested : plain;
  if (strength >= cutoff + (evidence === NO_EVIDENCE ? NO_CONTENT_MARGIN : 0) && (evidence !== ONE_PIECE || contested)) return { a, b, similarity: sim, contested, strength, strengthBound: strength, strengthKnown: true };
  return null;
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

  get strengthKnown(): boolean {
    return this.cue !== undefined || this.plain === this.ifContested;
  }
}
