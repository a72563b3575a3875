// Word documents: mammoth turns the .docx into simple HTML (its headings become h1-h6),
// which is then read paragraph by paragraph like a web page.
import mammoth from 'mammoth';
import { blocksToText, withHeadline } from './blocks';
import { ImportError } from './import-error';

export async function docxToText(bytes: Uint8Array, fileName: string): Promise<string> {
  let html: string;
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    html = (await mammoth.convertToHtml({ arrayBuffer: buffer })).value;
  } catch {
    throw new ImportError(`${fileName} could not be read as a Word document; it may be damaged, or an old .doc file (save it as .docx).`);
  }
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return withHeadline(null, blocksToText(body));
}
