// Which stretches of a text are inside quotation marks: words there belong to the quoted speaker,
// not to the source's own voice. Quotes are paired within a paragraph; news style leaves a quote
// open at the end of a paragraph when it goes on in the next, so an unclosed quote runs to the
// paragraph's end and the count starts afresh after a line break.

/** Sorted, non-overlapping [start, end) ranges of quoted text, quotation marks included. */
export type QuotedRanges = readonly (readonly [number, number])[];

/** `text` must be normalised (engine/text.ts folds curly quotes to `"`). */
export function quotedRanges(text: string): QuotedRanges {
  const ranges: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */) {
      if (open >= 0) ranges.push([open, i]);
      open = -1;
    } else if (ch === 34 /* " */) {
      if (open < 0) open = i;
      else {
        ranges.push([open, i + 1]);
        open = -1;
      }
    }
  }
  if (open >= 0) ranges.push([open, text.length]);
  return ranges;
}

export function isQuoted(ranges: QuotedRanges, offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = ranges[mid];
    if (offset < start) hi = mid - 1;
    else if (offset >= end) lo = mid + 1;
    else return true;
  }
  return false;
}
