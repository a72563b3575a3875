// Turning a text file's bytes into a string, the same way in the CLI and in the app. A byte-order
// mark decides when there is one; then UTF-8 (the usual case); then UTF-16 without a mark, which
// shows as zero bytes at every other place; otherwise chardet (the ICU detector in JavaScript) picks
// the legacy code page: Windows-1251 for Cyrillic, Windows-1252 for Western text, and so on.
// Runs anywhere TextDecoder does.
import { analyse } from 'chardet';

const SAMPLE_BYTES = 4096;
/** More control characters than this share of a file's start means it is not text. */
const CONTROL_SHARE = 0.05;
/** chardet's statistics settle long before this; a 2 MB file would take it a second. */
const CHARDET_SAMPLE_BYTES = 64 * 1024;
/** Below this chardet confidence (0-100) its guess is noise; Windows-1252 is the likelier answer. */
const MIN_CONFIDENCE = 10;
/** Share of spaces and line breaks below which decoded "UTF-16" is not prose (English has about 16%). */
const UTF16_SPACE_SHARE = 0.05;
/** Eight characters at least: shorter runs of zeros say nothing. */
const MIN_UTF16_PAIRS = 8;

type Utf16 = 'utf-16le' | 'utf-16be';

function utf16Mark(bytes: Uint8Array): Utf16 | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a byte-order mark: the spaces and Latin letters of real text put zeros in one byte
 * of their pairs and never in the other, and the text decodes to words separated by spaces
 * (binary data with zeros in it does not).
 */
function utf16WithoutMark(bytes: Uint8Array): Utf16 | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const pairs = Math.floor(sample.length / 2);
  if (pairs < MIN_UTF16_PAIRS) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const encoding: Utf16 | null = oddZeros && !evenZeros ? 'utf-16le' : evenZeros && !oddZeros ? 'utf-16be' : null;
  if (!encoding) return null;
  const text = new TextDecoder(encoding).decode(sample.subarray(0, pairs * 2));
  const spaces = text.match(/\s/g)?.length ?? 0;
  const control = text.match(/(?![\t\n\r])[\p{Cc}\ufffd]/gu)?.length ?? 0;
  return spaces / text.length >= UTF16_SPACE_SHARE && control / text.length <= CONTROL_SHARE ? encoding : null;
}

/** A NUL byte, or many control characters, in the first 4 KB; UTF-16 text is recognised first. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (utf16Mark(bytes) || utf16WithoutMark(bytes)) return false;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > CONTROL_SHARE;
}

/** The encoding decodeTextBytes uses for these bytes, as a TextDecoder label. */
export function detectEncoding(bytes: Uint8Array): string {
  const marked = utf16Mark(bytes);
  if (marked) return marked;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  // Before UTF-8: zero bytes are valid UTF-8, so UTF-16 English would pass for it.
  const unmarked = utf16WithoutMark(bytes);
  if (unmarked) return unmarked;
  if (isUtf8(bytes)) return 'utf-8';
  // UTF-8 and ASCII are ruled out above; chardet still lists them for bytes it cannot place.
  const [best] = analyse(bytes.subarray(0, CHARDET_SAMPLE_BYTES)).filter((guess) => !/^(UTF|ASCII)/i.test(guess.name));
  if (!best || best.confidence < MIN_CONFIDENCE) return 'windows-1252';
  // WHATWG decoders read ISO-8859-1 as Windows-1252 anyway, which also has the curly quotes and dashes.
  const label = best.name.toLowerCase() === 'iso-8859-1' ? 'windows-1252' : best.name.toLowerCase();
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return 'windows-1252';
  }
}

/**
 * Valid UTF-8. A character cut in half at the very end (a file cut short) is allowed when the rest
 * already shows UTF-8's multi-byte characters; otherwise a last byte such as 0xE9 is more likely
 * Windows-1252's "é" than half a character.
 */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    // Not valid as a whole: try again, holding back an incomplete last character.
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return /[^\p{ASCII}]/u.test(text);
  } catch {
    return false;
  }
}

export function decodeTextBytes(bytes: Uint8Array): string {
  const encoding = detectEncoding(bytes);
  if (encoding === 'utf-8') {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    // stream: true holds back (drops) an incomplete last character instead of failing the whole file.
    return new TextDecoder('utf-8').decode(body, { stream: true });
  }
  const body = utf16Mark(bytes) ? bytes.subarray(2) : bytes;
  const text = new TextDecoder(encoding).decode(body);
  return encoding === 'windows-1252' ? withWindows1252Punctuation(text) : text;
}

/**
 * Node 20's TextDecoder reads Windows-1252 as ISO-8859-1, turning its curly quotes, dashes and
 * euro sign (0x80-0x9F) into control characters (nodejs/node#56542); browsers decode them right.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function withWindows1252Punctuation(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}
