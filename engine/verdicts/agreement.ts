// Why two claims count as saying the same thing: the words they share, and where they word
// it differently ("detained in a raid" / "returned"), so a reader sees the rewording.
import type { Reason } from '../types';
import { cuesFor, sourceName, wordsOf, type ClaimPair } from './pair';

export function explainAgreement(pair: ClaimPair): Reason {
  const a = pair.a.claim;
  const b = pair.b.claim;
  const shared = pair.similarity.matches.filter((m) => !m.a.feature.inherited && !m.b.feature.inherited);
  const sameWords = shared.filter((m) => m.strength === 1).map((m) => wordsOf(m.a.feature.tokens));
  const reworded = shared.filter((m) => m.strength < 1).map((m) => `“${wordsOf(m.a.feature.tokens)}” / “${wordsOf(m.b.feature.tokens)}”`);
  // Two different verbs are a rewording only when neither verb found a partner ("raid" / "returned").
  const differentActs = a.predicate && b.predicate && !shared.some((m) => m.a.feature === a.predicate || m.b.feature === b.predicate)
    ? [`“${wordsOf(a.predicate.tokens)}” / “${wordsOf(b.predicate.tokens)}”`]
    : [];
  const wording = [...reworded, ...differentActs];
  const both = `${sourceName(pair, a)} and ${sourceName(pair, b)}`;
  const about = sameWords.length ? ` about ${sameWords.slice(0, 4).map((w) => `“${w}”`).join(', ')}` : '';
  return {
    kind: 'same-content',
    claims: [a.unit.id, b.unit.id],
    cues: [...cuesFor(a, shared.flatMap((m) => m.a.feature.tokens)), ...cuesFor(b, shared.flatMap((m) => m.b.feature.tokens))],
    detail: `${both} report the same thing${about}${wording.length ? `, in different words (${wording.join('; ')})` : ''}.`,
  };
}
