// Word-level difference of two claims as HTML, with the `diff` package as the app's drawer does.
import { diffWords } from 'diff';
import { escapeHtml } from './escape';

export function wordDiffHtml(a: string, b: string, nameA: string, nameB: string): string {
  const parts = diffWords(a, b)
    .map((part) => (part.added ? `<ins>${escapeHtml(part.value)}</ins>` : part.removed ? `<del>${escapeHtml(part.value)}</del>` : escapeHtml(part.value)))
    .join('');
  return `<p class="diff-legend"><del>only in ${escapeHtml(nameA)}</del> <ins>only in ${escapeHtml(nameB)}</ins> plain: both</p><p class="diff">${parts}</p>`;
}
