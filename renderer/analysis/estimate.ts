// How long an analysis will take, so a long one shows an honest "about N s left" bar.
// The engine's time grows in proportion to the words (`npm run bench`: ms per 1,000 words flat
// or falling as cases grow), plus a start; the factor is re-fitted after each long run on this
// machine.
const KEY = 'parallax:analysis-speed';
// Measured in the app's runtime (a Chromium worker on a 2-core machine, `npm run bench:ui`):
// 10 x 5,000 words in ~1.25 s, 20 x 10,000 in ~4 s.
const START_MS = 200;
const MS_PER_WORD = 0.02;

const baseMs = (words: number) => START_MS + MS_PER_WORD * words;

/** The words of a text, as the progress line counts them (runs of non-space). */
export const wordsIn = (text: string): number => text.match(/\S+/g)?.length ?? 0;

/** The words of all of a case's sources. */
export const caseWords = (input: { sources: readonly { text: string }[] }): number => input.sources.reduce((sum, s) => sum + wordsIn(s.text), 0);

export function expectedMs(words: number, storage: Pick<Storage, 'getItem'> | null = safeStorage()): number {
  const scale = Number(storage?.getItem(KEY)) || 1;
  return scale * baseMs(words);
}

export function recordRun(words: number, ms: number, storage: Pick<Storage, 'setItem'> | null = safeStorage()): void {
  // Small runs are dominated by start-up costs and say little about speed.
  if (words < 2000 || !storage) return;
  try {
    storage.setItem(KEY, String(Math.min(20, Math.max(0.05, ms / baseMs(words)))));
  } catch {
    // Not worth bothering the user about.
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
