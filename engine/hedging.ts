// Hedges: words that present a claim as uncertain or second-hand.
import type { Token } from './nlp';
import { EPISTEMIC_HEDGES } from './lexicons/polarity';

const SINGLE = new Set(EPISTEMIC_HEDGES.filter((h) => !h.includes(' ')));
/** Multi-word hedges by first word, longest first, so each token costs one Map lookup. */
const PHRASES = new Map<string, string[][]>();
for (const words of EPISTEMIC_HEDGES.filter((h) => h.includes(' ')).map((h) => h.split(' ')).sort((a, b) => b.length - a.length)) {
  PHRASES.set(words[0], [...(PHRASES.get(words[0]) ?? []), words]);
}
/** Modal hedges only when used as modals ("may return"), never the month ("in May"). */
const MODALS = new Set(['may', 'might', 'could']);

/** The first token of each hedge. */
export function findHedges(content: Token[]): Token[] {
  return findHedgePhrases(content).map((phrase) => phrase[0]);
}

/** The first (longest) of `phrases` written at `content[i]`; plain loops, as this runs per token. */
function phraseAt(content: Token[], i: number, phrases: string[][] | undefined): string[] | undefined {
  if (!phrases) return undefined;
  for (let p = 0; p < phrases.length; p++) {
    const words = phrases[p];
    let k = 0;
    while (k < words.length && i + k < content.length && content[i + k].lower === words[k]) k++;
    if (k === words.length) return words;
  }
  return undefined;
}

/** Each hedge with all its tokens ("could not be verified" is one hedge of four tokens). */
export function findHedgePhrases(content: Token[]): Token[][] {
  const found: Token[][] = [];
  for (let i = 0; i < content.length; i++) {
    const t = content[i];
    const phrase = phraseAt(content, i, PHRASES.get(t.lower));
    if (phrase) {
      found.push(content.slice(i, i + phrase.length));
      i += phrase.length - 1;
      continue;
    }
    if (MODALS.has(t.lower)) {
      if (t.pos === 'AUX' || (t.text === t.lower && content[i + 1]?.pos !== 'NUM')) found.push([t]);
      continue;
    }
    if (SINGLE.has(t.lower)) found.push([t]);
  }
  return found;
}
