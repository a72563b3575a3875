// Stage 1: text. Normalisation never changes the length of the text, so every offset
// computed on the normalised text is also an offset into the text as read from its file.

export interface Block {
  start: number;
  end: number;
  /** Markdown headings are shown, never split into claims. */
  isHeading: boolean;
}

export interface PreparedText {
  /** Same length as the original; quotes, dashes and line breaks made uniform. */
  normalized: string;
  headline: string | null;
  headlineSpan: { start: number; end: number } | null;
  blocks: Block[];
}

const CHARACTER_FOLDS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\t': ' ',
  '\ufeff': ' ',
};

const FOLDED = new RegExp(`[\r${Object.keys(CHARACTER_FOLDS).join('')}]`, 'g');

/** One character in, one character out: offsets survive. `\r\n` becomes ` \n`, a lone `\r` a `\n`. */
export function normalizeText(text: string): string {
  // Most characters stay as they are: one replace pass, not a string built a character at a time.
  return text.replace(FOLDED, (ch: string, at: number) => (ch === '\r' ? (text[at + 1] === '\n' ? ' ' : '\n') : CHARACTER_FOLDS[ch]));
}

// Up to three leading spaces, as in Markdown; a BOM folds to a space and must not hide the headline.
const HEADING = /^[ ]{0,3}#{1,6}[ ]+/;
const LIST_ITEM = /^(?:[-*+]|\d+[.)])[ ]+/;
const ENDS_SENTENCE = /[.!?:;"')\]]$/;
/** Lines shorter than this that end without punctuation are titles or list lines, not hard wraps. */
const SHORT_LINE = 50;

/**
 * Splits into blocks a sentence may not cross: headings, list items and paragraphs. Hard-wrapped
 * lines of one paragraph join into one block; a line ending a sentence, or a short line, ends it.
 */
export function prepareText(original: string): PreparedText {
  const normalized = normalizeText(original);
  const blocks: Block[] = [];
  let headline: string | null = null;
  let headlineSpan: PreparedText['headlineSpan'] = null;
  let open: Block | null = null;
  const close = () => {
    if (open) blocks.push(open);
    open = null;
  };
  let lineStart = 0;
  while (lineStart <= normalized.length) {
    let lineEnd = normalized.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = normalized.length;
    const line = normalized.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    const heading = HEADING.exec(line);
    if (!trimmed || (heading && trimmed.length === heading[0].trim().length)) {
      close();
    } else if (heading) {
      close();
      const start = lineStart + heading[0].length;
      const end = lineStart + line.trimEnd().length;
      if (headline === null && blocks.length === 0 && heading[0].trim() === '#') {
        headline = normalized.slice(start, end);
        headlineSpan = { start, end };
      }
      blocks.push({ start, end, isHeading: true });
    } else {
      const item = LIST_ITEM.exec(trimmed);
      if (item) close();
      const start = lineStart + leadingSpace(line);
      const end = lineStart + line.trimEnd().length;
      if (open) (open as Block).end = end;
      else open = { start, end, isHeading: false };
      if (ENDS_SENTENCE.test(trimmed) || trimmed.length < SHORT_LINE) close();
    }
    lineStart = lineEnd + 1;
  }
  close();
  return { normalized, headline, headlineSpan, blocks };
}

function leadingSpace(line: string): number {
  return line.length - line.trimStart().length;
}
