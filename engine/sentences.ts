// Stage 1b: sentences with exact offsets, from the blocks of prepared text.
import { tokenizeBlock, type Token } from './nlp';
import type { PreparedText } from './text';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
}

export function splitSentences(prepared: PreparedText): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of prepared.blocks) {
    if (block.isHeading) continue;
    for (const s of tokenizeBlock(prepared.normalized, block.start, block.end)) {
      const parts = splitAfterClockTimes(s.tokens);
      for (let p = 0; p < parts.length; p++) {
        const tokens = parts[p];
        if (!hasWord(tokens)) continue;
        const start = p === 0 ? s.start : tokens[0].start;
        const end = p === parts.length - 1 ? s.end : tokens[tokens.length - 1].end;
        sentences.push({ index: sentences.length, start, end, tokens });
      }
    }
  }
  return sentences;
}

// A plain loop, not \`some\` with a closure: this runs for every sentence of every source.
function hasWord(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].isWord) return true;
  return false;
}

const CLOCK_ABBREVIATION = /^[ap]\.m\.$/i;
const CALENDAR_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * The tokenizer never ends a sentence at "a.m." or "p.m.", which is right before "Monday" or
 * "local time" but not in "began at 9 p.m. Rescuers arrived soon after": a capitalised word whose
 * verb follows starts a sentence of its own.
 */
function splitAfterClockTimes(tokens: Token[]): Token[][] {
  const parts: Token[][] = [];
  let from = 0;
  for (let i = 0; i < tokens.length - 2; i++) {
    // "a.m." and "p.m." are four characters: most tokens are turned down before the expression runs.
    if (tokens[i].text.length !== 4 || !CLOCK_ABBREVIATION.test(tokens[i].text) || !startsSentence(tokens, i + 1)) continue;
    parts.push(tokens.slice(from, i + 1));
    from = i + 1;
  }
  if (!parts.length) return [tokens];
  parts.push(tokens.slice(from));
  // Each part's tokens count from 0 again, as in any sentence.
  return parts.map((part, p) => (p === 0 ? part : part.map(reindexed)));
}

/** A copy built like tokenizeBlock's tokens, so that every token keeps one object shape. */
function reindexed(t: Token, index: number): Token {
  return { start: t.start, end: t.end, text: t.text, lower: t.lower, lemma: t.lemma, pos: t.pos, isWord: t.isWord, index };
}

function startsSentence(tokens: Token[], at: number): boolean {
  const first = tokens[at];
  if (!/^\p{Lu}/u.test(first.text) || CALENDAR_WORDS.has(first.lower)) return false;
  for (let i = at + 1; i < tokens.length && i <= at + 3; i++) {
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return true;
    if (tokens[i].pos !== 'PROPN' && tokens[i].pos !== 'NOUN') return false;
  }
  return false;
}
