// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSourceFile } from '../../renderer/import/read-source-file';
import { toParagraphs } from '../../renderer/import/pdf-lines';
import { decodeText } from '../../renderer/import/text';
import { FIXTURES } from '../../scripts/make-import-fixtures';

const picked = (name: string, bytes: Uint8Array | string) => ({ name, bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes });

describe('reading source files', () => {
  it('reads a web page down to its article: title, site name, paragraphs, no page furniture or markup', async () => {
    const file = FIXTURES.html.file;
    const source = await readSourceFile(picked(file, new Uint8Array(readFileSync(join('tests', 'fixtures', 'import', file)))));
    expect(source.name).toBe(FIXTURES.html.siteName);
    expect(source.text.split('\n\n')[0]).toBe(`# ${FIXTURES.html.headline}`);
    for (const p of FIXTURES.html.paragraphs) expect(source.text).toContain(p);
    expect(source.text).not.toMatch(/Log in|Most read|rights reserved|<|onerror|tracker/);
  });

  it('reads Markdown and text, with Windows-1252 as the fallback', async () => {
    expect((await readSourceFile(picked('notes.md', '# T\n\nBody.'))).text).toBe('# T\n\nBody.');
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'x.txt')).toBe('café');
  });

  it('refuses what it cannot read with a sentence naming the file', async () => {
    await expect(readSourceFile(picked('photo.jpg', 'x'))).rejects.toThrow('photo.jpg: Parallax reads .txt, .md, .html, .docx and .pdf files.');
    await expect(readSourceFile(picked('empty.txt', ''))).rejects.toThrow('empty.txt is empty or could not be read.');
    await expect(readSourceFile(picked('binary.txt', new Uint8Array([1, 2, 0, 4])))).rejects.toThrow(/binary\.txt is not a text file/);
  });

  it('rebuilds PDF paragraphs from lines, joining hyphenated words', () => {
    const item = (str: string, y: number, hasEOL = true) => ({ str, hasEOL, transform: [1, 0, 0, 11, 50, y], height: 11 });
    expect(toParagraphs([item('A first line that is hyph-', 700), item('enated and wraps.', 685), item('A new paragraph.', 650)])).toEqual([
      'A first line that is hyphenated and wraps.',
      'A new paragraph.',
    ]);
  });
});
