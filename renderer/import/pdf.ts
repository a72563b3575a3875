// PDFs: the text layer read with Mozilla's pdf.js (in its own worker), lines rebuilt from
// the text items, paragraphs from the vertical gaps between lines. Scanned PDFs have no
// text layer; the user is told so.
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import PdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';
import { withHeadline } from './blocks';
import { toParagraphs, type TextItemLike } from './pdf-lines';
import { ImportError } from './import-error';

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
  let title: string | undefined;
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      paragraphs.push(...toParagraphs(content.items.filter((i) => 'str' in i) as TextItemLike[]));
    }
    title = ((await pdf.getMetadata().catch(() => null))?.info as { Title?: string } | undefined)?.Title;
  } catch {
    throw new ImportError(`${fileName} is damaged: some of its pages could not be read.`);
  } finally {
    await pdf.destroy();
  }
  if (!paragraphs.join('').trim()) throw new ImportError(`${fileName} has no text layer (it is probably a scan); copy its text in by hand instead.`);
  return withHeadline(title || null, paragraphs);
}
