// Word documents: mammoth turns the .docx into simple HTML (its headings become h1-h6),
// which is then read paragraph by paragraph like a web page.
import mammoth from 'mammoth';
import { blocksToText, withHeadline } from './blocks';
import { unpackDocx } from './docx-zip';
import { ImportError } from './import-error';

export async function docxToText(bytes: Uint8Array, fileName: string): Promise<string> {
  // Mammoth never sees the file itself: only the parts unpackDocx let through, within its limits.
  const parts = unpackDocx(bytes, fileName);
  let html: string;
  try {
    const buffer = parts.buffer.slice(parts.byteOffset, parts.byteOffset + parts.byteLength) as ArrayBuffer;
    // Pictures are not read at all (their files were left out): an empty <img> stands in for each.
    const convertImage = mammoth.images.imgElement(async () => ({ src: '' }));
    html = (await mammoth.convertToHtml({ arrayBuffer: buffer }, { convertImage })).value;
  } catch {
    throw new ImportError(`${fileName} could not be read as a Word document; it may be damaged.`);
  }
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return withHeadline(null, blocksToText(body));
}
