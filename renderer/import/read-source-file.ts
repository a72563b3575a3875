// One entry point for every way a file becomes a source (picker, drag and drop, Electron
// dialog): chooses the reader by extension and names the source after the file or its title.
import type { PickedFile } from '../host/host';
import type { NewSource } from '../case/case-model';
import { MAX_SOURCE_CHARS } from '../../shared/case-file';
import { ImportError } from './import-error';
import { mislabelled } from './sniff';
import { decodeText } from './text';

export const SUPPORTED = ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'pdf'];
const MAX_FILE_BYTES = 30 * 1024 * 1024;

export async function readSourceFile(file: PickedFile): Promise<NewSource> {
  const dot = file.name.lastIndexOf('.');
  const extension = dot > 0 ? file.name.slice(dot + 1).toLowerCase() : '';
  const words = (dot > 0 ? file.name.slice(0, dot) : file.name).replace(/[_-]+/g, ' ').trim() || file.name;
  const stem = words[0].toUpperCase() + words.slice(1);
  if (!SUPPORTED.includes(extension)) throw new ImportError(`${file.name}: Parallax reads .txt, .md, .html, .docx and .pdf files.`);
  if (!file.bytes.length) throw new ImportError(`${file.name} is empty or could not be read.`);
  if (file.bytes.length > MAX_FILE_BYTES) throw new ImportError(`${file.name} is larger than 30 MB; no news story is that long.`);
  const wrongKind = mislabelled(file.name, extension, file.bytes);
  if (wrongKind) throw new ImportError(wrongKind);

  let text: string;
  let name = stem;
  if (extension === 'html' || extension === 'htm') {
    const { htmlToArticle } = await import('./html');
    const article = htmlToArticle(decodeText(file.bytes, file.name));
    text = article.text;
    name = article.siteName ?? stem;
  } else if (extension === 'docx') {
    const { docxToText } = await import('./docx');
    text = await docxToText(file.bytes, file.name);
  } else if (extension === 'pdf') {
    const { pdfToText } = await import('./pdf');
    text = await pdfToText(file.bytes, file.name);
  } else {
    text = decodeText(file.bytes, file.name);
  }
  if (!text.trim()) throw new ImportError(`${file.name} has no text in it.`);
  if (text.length > MAX_SOURCE_CHARS) {
    throw new ImportError(`${file.name} is too long: ${(text.length / 1e6).toFixed(1)} million characters, and a source may have at most ${MAX_SOURCE_CHARS / 1e6} million. Split it, or keep the part you compare.`);
  }
  return { name, text, origin: file.name };
}

export function importMessage(error: unknown, fileName: string): string {
  return error instanceof ImportError ? error.message : `${fileName} could not be imported.`;
}
