// Reading a source file as text, refusing what is not text with a message the user understands.
import { readFileSync, statSync } from 'node:fs';
import { UserError } from './errors';
import { decodeTextBytes, looksBinary } from '../shared/decode-text';
import { describeFileError } from '../shared/fs-errors';

export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

export function readSourceText(path: string): string {
  const text = readTextFile(path, MAX_SOURCE_BYTES, 'a source');
  if (!text.trim()) throw new UserError(`${path} is empty: a source needs some text.`);
  return text;
}

/** Reads and decodes a text file of at most `maxBytes`; `what` names it in the size message ("a source"). */
export function readTextFile(path: string, maxBytes: number, what: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UserError(`${path} is a folder without case.json; give a case folder or text files.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot read ${path}: ${describeFileError(error, 'no such file')}.`);
  }
  if (size > maxBytes) throw new UserError(`${path} is ${(size / 1024 / 1024).toFixed(1)} MB; ${what} may be at most ${Math.round(maxBytes / 1024 / 1024)} MB.`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UserError(`cannot read ${path}: ${describeFileError(error, 'no such file')}.`);
  }
  if (looksBinary(bytes)) throw new UserError(`${path} is not a text file (it looks binary); save it as .txt or .md first.`);
  return decodeTextBytes(bytes);
}

