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
      if (!s.tokens.some((t) => t.isWord)) continue;
      sentences.push({ index: sentences.length, start: s.start, end: s.end, tokens: s.tokens });
    }
  }
  return sentences;
}
