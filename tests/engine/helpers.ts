// Shared by the stage tests: run the first stages on a snippet and read tokens back as text.
import { prepareText } from '../../engine/text';
import { splitSentences, type Sentence } from '../../engine/sentences';
import { splitClaims, type ClaimUnit } from '../../engine/claims';
import type { Token } from '../../engine/nlp';

export function sentencesOf(text: string): Sentence[] {
  return splitSentences(prepareText(text));
}

/** The tokens of the only sentence of `text` (fails the test if there is not exactly one). */
export function tokensOf(text: string): Token[] {
  const sentences = sentencesOf(text);
  if (sentences.length !== 1) throw new Error(`expected one sentence in ${JSON.stringify(text)}, got ${sentences.length}`);
  return sentences[0].tokens;
}

export function claimsOf(text: string, source = 'a'): ClaimUnit[] {
  return splitClaims(source, sentencesOf(text));
}

/** Tokens joined by single spaces, for readable assertions. */
export function words(tokens: Token[]): string {
  return tokens.map((t) => t.text).join(' ');
}
