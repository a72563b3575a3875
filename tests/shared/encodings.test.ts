// Text files in the encodings people actually have: each decodes to the same text, whether a
// byte-order mark decides or chardet has to.
import { describe, expect, it } from 'vitest';
import { decodeTextBytes, detectEncoding, looksBinary } from '../../shared/decode-text';

const RUSSIAN = 'Правительство Италии во вторник признало, что высылка Аломы Шалабаевой и её дочери в Казахстан была незаконной. Министр внутренних дел заявил, что не был проинформирован об операции.';
const FRENCH = 'Le gouvernement italien a reconnu mardi que l’expulsion était irrégulière : « une erreur », a déclaré le ministre de l’Intérieur, qui n’avait pas été informé — selon lui.';
const ENGLISH = 'Kazakhstan again asked France to hand over Mukhtar Ablyazov to stand trial for fraud.';

/** Windows-1251 for the Cyrillic alphabet (А-я at 0xC0-0xFF, Ё and ё apart). */
function windows1251(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (code === 0x401) return 0xa8;
    if (code === 0x451) return 0xb8;
    throw new Error(`no Windows-1251 byte for ${ch}`);
  }));
}

/** Windows-1252: Latin-1 plus the curly quotes and dashes at 0x80-0x9F. */
function windows1252(text: string): Uint8Array {
  const extra: Record<string, number> = { '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '—': 0x97, '–': 0x96, '€': 0x80 };
  return Uint8Array.from([...text].map((ch) => extra[ch] ?? (ch.codePointAt(0)! <= 0xff ? ch.codePointAt(0)! : NaN)));
}

const utf16 = (text: string, order: 'le' | 'be', mark: boolean) => {
  const le = Buffer.from(text, 'utf16le');
  const bytes = order === 'le' ? le : Buffer.from(le).swap16();
  return new Uint8Array(mark ? Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]) : bytes);
};

describe('decoding text files', () => {
  const cases: [string, Uint8Array, string, string][] = [
    ['UTF-8', new TextEncoder().encode(FRENCH), 'utf-8', FRENCH],
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(RUSSIAN)]), 'utf-8', RUSSIAN],
    ['UTF-16 LE with a mark', utf16(RUSSIAN, 'le', true), 'utf-16le', RUSSIAN],
    ['UTF-16 BE with a mark', utf16(FRENCH, 'be', true), 'utf-16be', FRENCH],
    ['UTF-16 LE without a mark', utf16(ENGLISH, 'le', false), 'utf-16le', ENGLISH],
    ['UTF-16 BE without a mark', utf16(RUSSIAN, 'be', false), 'utf-16be', RUSSIAN],
    ['Windows-1251', windows1251(RUSSIAN), 'windows-1251', RUSSIAN],
    ['Windows-1252', windows1252(FRENCH), 'windows-1252', FRENCH],
  ];
  for (const [label, bytes, encoding, text] of cases) {
    it(`reads ${label}`, () => {
      expect(looksBinary(bytes)).toBe(false);
      expect(detectEncoding(bytes)).toBe(encoding);
      expect(decodeTextBytes(bytes)).toBe(text);
    });
  }

  it('reads a short Western file ending in an accented letter as Windows-1252, not as cut-short UTF-8', () => {
    expect(decodeTextBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toBe('café');
  });

  it('keeps a UTF-8 file cut in the middle of its last character, dropping only that character', () => {
    const bytes = new TextEncoder().encode(`${RUSSIAN} 東京`);
    expect(decodeTextBytes(bytes.subarray(0, bytes.length - 1))).toBe(`${RUSSIAN} 東`);
  });

  it('still calls binary data binary, including data with zeros in every other byte', () => {
    expect(looksBinary(new Uint8Array([1, 2, 0, 4]))).toBe(true);
    expect(looksBinary(new Uint8Array(64).map((_, i) => (i % 2 ? 0 : (i * 13) % 9)))).toBe(true);
    expect(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]))).toBe(true);
  });
});
