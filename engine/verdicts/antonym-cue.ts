// Contest by opposite words: legal/illegal, guilty/innocent, voluntary/forced, fair/unfair.
// "not legal" against "illegal" agrees, so negation on one side cancels the opposition.
import type { Feature } from '../features';
import { antonyms, indirectAntonyms } from '../wordnet';
import { CURATED_ANTONYMS } from '../lexicons/antonyms';
import { cuesFor, sourceName, wordsOf, type CueDetector } from './pair';

const CURATED = new Map<string, Set<string>>();
for (const [x, y] of CURATED_ANTONYMS) {
  if (!CURATED.has(x)) CURATED.set(x, new Set());
  if (!CURATED.has(y)) CURATED.set(y, new Set());
  CURATED.get(x)!.add(y);
  CURATED.get(y)!.add(x);
}
const NEGATING_PREFIXES = ['un', 'in', 'im', 'il', 'ir', 'dis', 'non', 'non-'];
const MIN_STEM = 4;

export function areAntonyms(a: Feature, b: Feature): boolean {
  if (a.pos === 'e' || b.pos === 'e' || a.key === b.key) return false;
  if (CURATED.get(a.key)?.has(b.key)) return true;
  if (antonyms(a.key).includes(b.key)) return true;
  if (a.pos === 'a' && b.pos === 'a') {
    if (indirectAntonyms(a.key).includes(b.key)) return true;
    return isPrefixNegation(a.key, b.key) || isPrefixNegation(b.key, a.key);
  }
  return false;
}

function isPrefixNegation(plain: string, prefixed: string): boolean {
  return plain.length >= MIN_STEM && NEGATING_PREFIXES.some((p) => prefixed === p + plain);
}

export const detectAntonym: CueDetector = (pair) => {
  for (const fa of pair.a.items) {
    if (fa.feature.inherited) continue;
    for (const fb of pair.b.items) {
      if (fb.feature.inherited || fa.feature.negated !== fb.feature.negated) continue;
      if (!areAntonyms(fa.feature, fb.feature)) continue;
      const a = pair.a.claim;
      const b = pair.b.claim;
      return {
        kind: 'antonym',
        claims: [a.unit.id, b.unit.id],
        cues: [...cuesFor(a, fa.feature.tokens), ...cuesFor(b, fb.feature.tokens)],
        detail: `${sourceName(pair, a)} says “${wordsOf(fa.feature.tokens)}” where ${sourceName(pair, b)} says “${wordsOf(fb.feature.tokens)}”: these words mean opposite things.`,
      };
    }
  }
  return null;
};
