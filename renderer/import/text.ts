// Plain text and Markdown files: decoded like the CLI does (UTF-8, UTF-16 with a BOM,
// Windows-1252 as the fallback), refusing what is clearly not text.
import { ImportError } from './import-error';
import { decodeTextBytes, looksBinary } from '../../shared/decode-text';

export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (looksBinary(bytes)) throw new ImportError(`${fileName} is not a text file; Parallax reads .txt, .md, .html, .docx and .pdf.`);
  return decodeTextBytes(bytes);
}
