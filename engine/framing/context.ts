// What every cue stage needs to know about one claim besides its tokens.
import type { Token } from '../nlp';
import type { ClaimUnit } from '../claims';
import { negationScope } from '../negation';

export interface CueContext {
  /** The source text (as read; offsets are the same in the normalised text). */
  text: string;
  /** Token starts under a negation in the claim. */
  negated: ReadonlySet<number>;
  /** Token starts the cue stages pass over: the reporting verb is reported speech, not word choice. */
  skip: ReadonlySet<number>;
  isQuoted: (offset: number) => boolean;
  /** Token starts of fixed phrases already read as intensifiers or boosters ("at all costs"): not frame words. */
  idioms: Set<number>;
}

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

/** `isQuoted` is the source's own test, shared by its claims rather than made per claim. */
export function cueContext(unit: ClaimUnit, tokens: Token[], text: string, isQuoted: (offset: number) => boolean): CueContext {
  const skip = new Set<number>();
  const verb = unit.attribution.verbToken;
  if (verb) skip.add(verb.start);
  return {
    text,
    negated: negationScope(tokens, false).negated,
    skip,
    isQuoted,
    idioms: new Set(),
  };
}
