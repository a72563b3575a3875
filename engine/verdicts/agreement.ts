// Why two claims count as saying the same thing: the words they share, and where they word
// it differently ("detained in a raid" / "returned"), so a reader sees the rewording.
import type { Reason } from '../types';
import type { Token } from '../nlp';
import { cuesFor, sourceName, wordsOf, type ClaimPair } from './pair';

export function explainAgreement(pair: ClaimPair): Reason {
  const a = pair.a.claim;
  const b = pair.b.claim;
  // One pass over the matches, in their order: the words said alike (the first four are named),
  // the rewordings, and the tokens to highlight on each side. Indexed loops: this runs for
  // thousands of pairs in one analysis, mostly before the JIT has optimised it, and `for...of`
  // there allocates an iterator result per step.
  const sameWords: string[] = [];
  const reworded: string[] = [];
  const tokensA: Token[] = [];
  const tokensB: Token[] = [];
  let predicateMatched = false;
  const matches = pair.similarity.matches;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const fa = m.a.feature;
    const fb = m.b.feature;
    if (fa.inherited || fb.inherited) continue;
    if (m.strength === 1) {
      if (sameWords.length < 4) sameWords.push(wordsOf(fa.tokens));
    } else if (m.strength < 1) reworded.push(`“${wordsOf(fa.tokens)}” / “${wordsOf(fb.tokens)}”`);
    if (fa === a.predicate || fb === b.predicate) predicateMatched = true;
    for (let i = 0; i < fa.tokens.length; i++) tokensA.push(fa.tokens[i]);
    for (let i = 0; i < fb.tokens.length; i++) tokensB.push(fb.tokens[i]);
  }
  // Two different verbs are a rewording only when neither verb found a partner ("raid" / "returned").
  if (a.predicate && b.predicate && !predicateMatched) reworded.push(`“${wordsOf(a.predicate.tokens)}” / “${wordsOf(b.predicate.tokens)}”`);
  const both = `${sourceName(pair, a)} and ${sourceName(pair, b)}`;
  const about = sameWords.length ? ` about ${sameWords.map((w) => `“${w}”`).join(', ')}` : '';
  const cues = cuesFor(a, tokensA);
  const cuesB = cuesFor(b, tokensB);
  for (let i = 0; i < cuesB.length; i++) cues.push(cuesB[i]);
  return {
    kind: 'same-content',
    claims: [a.unit.id, b.unit.id],
    cues,
    detail: `${both} report the same thing${about}${reworded.length ? `, in different words (${reworded.join('; ')})` : ''}.`,
  };
}
