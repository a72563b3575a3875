// Source texts are untrusted: every piece of text that goes into an HTML export passes here.
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/** One line of text, whitespace folded: source paragraphs inside a table cell or a heading. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A short label from a long claim: cut at a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const folded = flat(text);
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
