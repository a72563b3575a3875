// Turning a text file's bytes into a string, the same way in the CLI and in the app: UTF-16 with
// a byte-order mark, UTF-8 (with or without one), else Windows-1252, which is what most older
// Western text files are. Runs anywhere TextDecoder does.

const SAMPLE_BYTES = 4096;
/** More control characters than this share of a file's start means it is not text. */
const CONTROL_SHARE = 0.05;

function hasUtf16Mark(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** A NUL byte, or many control characters, in the first 4 KB; UTF-16 text is recognised by its mark. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Mark(bytes)) return false;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > CONTROL_SHARE;
}

export function decodeTextBytes(bytes: Uint8Array): string {
  if (hasUtf16Mark(bytes)) return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}
