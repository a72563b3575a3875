// Long texts are drawn in slices: their blocks are grouped into chunks of about a screen or two,
// and only chunks near the visible part of the column get their claims marked (use-prose-window).
// The others hold the same text, plain, so the column keeps its height, find-in-page and screen
// readers still get every word, and the browser has a few nodes to lay out instead of thousands.
import type { ProseBlock } from './prose';

/** Texts shorter than this are drawn whole, exactly as before (the samples are 3,000-9,000). */
export const WINDOW_MIN_CHARS = 24_000;
/** Characters per chunk: about one and a half screens of a column. */
export const CHUNK_CHARS = 2_500;
/** The chunks drawn marked before the column knows what is visible: its top. */
export const INITIAL_CHUNKS = 2;

export interface ProseChunk {
  /** Text offset of its first block: a key that holds while the text is unchanged. */
  start: number;
  blocks: ProseBlock[];
}

export function isWindowed(text: string): boolean {
  return text.length >= WINDOW_MIN_CHARS;
}

export function blockText(block: ProseBlock): string {
  return block.runs.length === 1 ? block.runs[0].text : block.runs.map((run) => run.text).join('');
}

/** Consecutive blocks, cut after a block that brings the chunk to `size` characters. */
export function chunkBlocks(blocks: ProseBlock[], size = CHUNK_CHARS): ProseChunk[] {
  const chunks: ProseChunk[] = [];
  let current: ProseChunk | null = null;
  let chars = 0;
  for (const block of blocks) {
    if (!current) {
      current = { start: block.start, blocks: [] };
      chunks.push(current);
      chars = 0;
    }
    current.blocks.push(block);
    for (const run of block.runs) chars += run.text.length;
    if (chars >= size) current = null;
  }
  return chunks;
}

/** Claim id -> index of the chunk that draws it. */
export function chunkOfClaims(chunks: ProseChunk[]): Map<string, number> {
  const map = new Map<string, number>();
  chunks.forEach((chunk, index) => {
    for (const block of chunk.blocks) for (const run of block.runs) if (run.kind === 'claim') map.set(run.claim.id, index);
  });
  return map;
}
