// Reading a source file as text, refusing what is not text with a message the user understands.
import { readFileSync, statSync } from 'node:fs';
import { UserError } from './errors';

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
    throw new UserError(`cannot read ${path}: ${describeFsError(error)}.`);
  }
  if (size > maxBytes) throw new UserError(`${path} is ${(size / 1024 / 1024).toFixed(1)} MB; ${what} may be at most ${Math.round(maxBytes / 1024 / 1024)} MB.`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UserError(`cannot read ${path}: ${describeFsError(error)}.`);
  }
  if (looksBinary(bytes)) throw new UserError(`${path} is not a text file (it looks binary); save it as .txt or .md first.`);
  return decode(bytes);
}

function describeFsError(error: unknown): string {
  switch ((error as { code?: string }).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return (error as Error).message ?? String(error);
  }
}

function looksBinary(bytes: Buffer): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // Not UTF-8: Windows-1252 is what most older Western text files are.
    return new TextDecoder('windows-1252').decode(body);
  }
}
