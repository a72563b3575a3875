// Character tests asked of every token of every claim, answering exactly as the regular
// expressions they replace: plain code comparisons for ASCII, the expression only beyond it.
// A regular expression per token was a visible part of a large case's first (cold) analysis.

/** `/^\d/.test(text)`. */
export function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** `/^\p{Lu}/u.test(text)`. */
export function startsWithCapital(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

/** `/\p{L}/u.test(text)`. */
export function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return /\p{L}/u.test(text);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}
