// How long an analysis will take, so a long one shows an honest "about N s left" bar.
// The engine compares every claim with every other, so time grows with the square of the
// words; the factor is re-fitted after each run on this machine.
const KEY = 'parallax:analysis-speed';
// Fitted on 10 sources x 5,000 words (about 14 s in Chromium on a 2-core machine).
const LINEAR_MS_PER_WORD = 0.1;
const QUADRATIC_MS_PER_WORD2 = 5e-6;

export function expectedMs(words: number, storage: Pick<Storage, 'getItem'> | null = safeStorage()): number {
  const scale = Number(storage?.getItem(KEY)) || 1;
  return scale * (LINEAR_MS_PER_WORD * words + QUADRATIC_MS_PER_WORD2 * words * words);
}

export function recordRun(words: number, ms: number, storage: Pick<Storage, 'setItem'> | null = safeStorage()): void {
  // Small runs are dominated by start-up costs and say little about speed.
  if (words < 2000 || !storage) return;
  const base = LINEAR_MS_PER_WORD * words + QUADRATIC_MS_PER_WORD2 * words * words;
  try {
    storage.setItem(KEY, String(Math.min(20, Math.max(0.05, ms / base))));
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
