// What a file really is, from its first bytes, so a mislabelled file (a PDF saved as .docx, a
// scan saved as .txt) gets a message that says so instead of a vague "could not be read".
export type FileKind = 'pdf' | 'zip' | 'ole' | 'rtf' | 'image' | 'gzip' | 'unknown';

const SIGNATURES: [FileKind, number[]][] = [
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['zip', [0x50, 0x4b, 0x05, 0x06]], // an empty zip
  // Compound File Binary: Word 97-2003 .doc, and Office files saved with a password.
  ['ole', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['rtf', [0x7b, 0x5c, 0x72, 0x74, 0x66]], // {\rtf
  ['image', [0x89, 0x50, 0x4e, 0x47]], // PNG
  ['image', [0xff, 0xd8, 0xff]], // JPEG
  ['image', [0x47, 0x49, 0x46, 0x38]], // GIF8
  ['gzip', [0x1f, 0x8b]],
];

export function sniffKind(bytes: Uint8Array): FileKind {
  // PDF readers accept the header anywhere in the first kilobyte; so does this.
  const head = bytes.subarray(0, 1024);
  for (const [kind, signature] of SIGNATURES) {
    if (signature.every((byte, i) => bytes[i] === byte)) return kind;
  }
  if (new TextDecoder('latin1').decode(head).includes('%PDF-')) return 'pdf';
  return 'unknown';
}

const DESCRIPTION: Record<Exclude<FileKind, 'unknown'>, string> = {
  pdf: 'a PDF',
  zip: 'a zip archive',
  ole: 'an old-format Office file (Word 97-2003, or one saved with a password)',
  rtf: 'an RTF document',
  image: 'an image',
  gzip: 'a compressed (gzip) file',
};

/** What the file's name promises: a .docx is a zip; text files match no signature. */
const EXPECTED: Record<string, FileKind> = { pdf: 'pdf', docx: 'zip' };

/** A sentence naming the file and what it really is, when that differs from what its name says; else null. */
export function mislabelled(fileName: string, extension: string, bytes: Uint8Array): string | null {
  const kind = sniffKind(bytes);
  if (kind === 'unknown' || kind === (EXPECTED[extension] ?? 'unknown')) return null;
  const what = extension === 'docx' ? 'a Word document' : extension === 'pdf' ? 'a PDF' : 'a text file';
  const fix =
    kind === 'pdf' ? ' Rename it to end in .pdf and add it again.'
    : kind === 'ole' ? ' Open it in Word and save an unprotected copy as .docx.'
    : kind === 'zip' ? ' If it is a Word document, rename it to end in .docx.'
    : kind === 'rtf' ? ' Open it and save it as .docx or .txt.'
    : kind === 'image' ? ' Parallax reads text, not pictures of text.'
    : '';
  return `${fileName} is ${DESCRIPTION[kind]}, not ${what} as its name says.${fix}`;
}
