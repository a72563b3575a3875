// Hedges: words that present a claim as uncertain or second-hand.
import type { Token } from './nlp';
import { EPISTEMIC_HEDGES } from './lexicons/polarity';

const SINGLE = new Set(EPISTEMIC_HEDGES.filter((h) => !h.includes(' ')));
const PHRASES = EPISTEMIC_HEDGES.filter((h) => h.includes(' ')).map((h) => h.split(' '));
/** Modal hedges only when used as modals ("may return"), never the month ("in May"). */
const MODALS = new Set(['may', 'might', 'could']);

export function findHedges(content: Token[]): Token[] {
  const found: Token[] = [];
  for (let i = 0; i < content.length; i++) {
    const t = content[i];
    if (MODALS.has(t.lower)) {
      if (t.pos === 'AUX' || (t.text === t.lower && content[i + 1]?.pos !== 'NUM')) found.push(t);
      continue;
    }
    if (SINGLE.has(t.lower)) found.push(t);
    else if (PHRASES.some((words) => words.every((w, k) => content[i + k]?.lower === w))) found.push(t);
  }
  return found;
}
