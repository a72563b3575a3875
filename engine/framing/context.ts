// What every cue stage needs to know about one claim besides its tokens.
import type { Token } from '../nlp';
import type { ClaimUnit } from '../claims';
import { negationScope } from '../negation';

/** The claim's own tokens: its span of the sentence, reporting frame included. */
export function claimTokens(unit: ClaimUnit): Token[] {
  const { start, end } = unit;
  const sentence = unit.sentence.tokens;
  const tokens: Token[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const t = sentence[i];
    // Tokens run in text order without overlapping: none after this one can lie inside the span.
    if (t.start > end) break;
    if (t.start >= start && t.end <= end) tokens.push(t);
  }
  return tokens;
}

/**
 * One claim's context. The negation scope is worked out on first need, since only a loaded word
 * asks for it and most claims have none; the idiom set is made by the first idiom.
 */
export class CueContext {
  private negated: ReadonlySet<number> | null = null;
  private idioms: Set<number> | null = null;
  private readonly verbStart: number;

  /** `isQuoted` is the source's own test, shared by its claims rather than made per claim. */
  constructor(
    unit: ClaimUnit,
    private readonly tokens: Token[],
    /** The source text (as read; offsets are the same in the normalised text). */
    readonly text: string,
    readonly isQuoted: (offset: number) => boolean,
  ) {
    this.verbStart = unit.attribution.verbToken?.start ?? -1;
  }

  /** The reporting verb is passed over: it is reported speech, not word choice. */
  skips(start: number): boolean {
    return start === this.verbStart;
  }

  /** Whether the token starting at `start` is under a negation in the claim. */
  isNegated(start: number): boolean {
    this.negated ??= negationScope(this.tokens, false).negated;
    return this.negated.has(start);
  }

  /** A token of a fixed phrase already read as an intensifier or booster ("at all costs"): not a frame word. */
  addIdiom(start: number): void {
    (this.idioms ??= new Set()).add(start);
  }

  isIdiom(start: number): boolean {
    return this.idioms !== null && this.idioms.has(start);
  }
}
