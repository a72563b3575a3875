// A .docx is a zip archive. Before mammoth reads one, its directory is checked and its text parts
// unpacked here with fflate, within fixed limits: a zip bomb (a few kilobytes that claim gigabytes)
// is refused from the sizes its directory declares, and since fflate unpacks each entry into a
// buffer of its declared size, an entry that lies about its size cannot grow past it either.
import { strFromU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { ImportError } from './import-error';

/** Far above the text parts of any article (a 2-million-character document.xml is about 20 MB). */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
/** A Word document has a few dozen parts; tens of thousands is an attack on the directory. */
export const MAX_ZIP_ENTRIES = 5000;
/** Pictures, embedded files and fonts: large, and never part of the text. */
const SKIPPED = /^word\/(media|embeddings|fonts)\//i;
const MAIN_DOCUMENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

/** The document's parts, checked and re-packed uncompressed, for mammoth to read. */
export function unpackDocx(bytes: Uint8Array, fileName: string): Uint8Array {
  let parts: Unzipped;
  let declared = 0;
  let entries = 0;
  try {
    parts = unzipSync(bytes, {
      filter(entry) {
        if (++entries > MAX_ZIP_ENTRIES) throw new ImportError(`${fileName} has more than ${MAX_ZIP_ENTRIES} parts inside; no Word document has so many, so it was not opened.`);
        if (SKIPPED.test(entry.name)) return false;
        declared += entry.originalSize;
        if (declared > MAX_UNPACKED_BYTES) {
          throw new ImportError(`${fileName} would unpack to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB of text; it is not an ordinary Word document (it may be a zip bomb), so it was not opened.`);
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`${fileName} could not be read as a Word document: the file is damaged or cut short.`);
  }
  const types = parts['[Content_Types].xml'];
  if (!types || !strFromU8(types).includes(MAIN_DOCUMENT)) {
    throw new ImportError(`${fileName} is a zip archive but not a Word document (it has no document part); Parallax reads .docx files saved by a word processor.`);
  }
  return zipSync(parts, { level: 0 });
}
