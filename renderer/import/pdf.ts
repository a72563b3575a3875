// PDFs: the text layer read with Mozilla's pdf.js (in its own worker), lines rebuilt from
// the text items, paragraphs from the vertical gaps between lines. Scanned PDFs have no
// text layer; the user is told so.
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import PdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';
import { withHeadline } from './blocks';
import { ImportError } from './import-error';

interface TextItemLike {
  str: string;
  hasEOL?: boolean;
  transform: number[];
  height: number;
}

let workerStarted = false;

export async function pdfToText(bytes: Uint8Array, fileName: string): Promise<string> {
  if (!workerStarted) {
    GlobalWorkerOptions.workerPort = new PdfWorker();
    workerStarted = true;
  }
  let pdf;
  try {
    pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false }).promise;
  } catch (error) {
    const locked = (error as { name?: string }).name === 'PasswordException';
    throw new ImportError(locked ? `${fileName} is password-protected; open it, save an unprotected copy, and add that.` : `${fileName} could not be read as a PDF; it may be damaged.`);
  }
  const paragraphs: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    paragraphs.push(...toParagraphs(content.items.filter((i) => 'str' in i) as TextItemLike[]));
  }
  const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: string } | undefined;
  await pdf.destroy();
  if (!paragraphs.join('').trim()) throw new ImportError(`${fileName} has no text layer (it is probably a scan); copy its text in by hand instead.`);
  return withHeadline(info?.Title || null, paragraphs);
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
