// Rebuilding paragraphs from a PDF page's text items (pdf.js getTextContent): lines end at
// hasEOL; a paragraph ends where the gap to the next line is clearly larger than a line.
export interface TextItemLike {
  str: string;
  hasEOL?: boolean;
  transform: number[];
  height: number;
}

/** Lines end at hasEOL; a paragraph ends where the gap to the next line is clearly larger than the line height. */
export function toParagraphs(items: TextItemLike[]): string[] {
  const lines: { text: string; y: number; height: number }[] = [];
  let text = '';
  let y: number | null = null;
  let height = 0;
  for (const item of items) {
    if (y === null && item.str.trim()) {
      y = item.transform[5];
      height = item.height || Math.abs(item.transform[3]) || 12;
    }
    text += item.str;
    if (item.hasEOL) {
      if (text.trim() && y !== null) lines.push({ text: text.trim(), y, height });
      text = '';
      y = null;
    }
  }
  if (text.trim() && y !== null) lines.push({ text: text.trim(), y, height });

  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const gap = previous ? previous.y - line.y : 0;
    if (previous && (gap > previous.height * 1.6 || gap < 0)) {
      paragraphs.push(current);
      current = '';
    }
    current = current ? (current.endsWith('-') ? current.slice(0, -1) + line.text : `${current} ${line.text}`) : line.text;
  });
  if (current) paragraphs.push(current);
  return paragraphs;
}
