// @vitest-environment happy-dom
// Broken Word documents and text files: each is refused with one sentence naming it and the problem.
// Files that reach mammoth or pdf.js are tested in Chromium (tests/e2e/broken-input.test.ts): under
// Node, mammoth's own build reads no ArrayBuffer and pdf.js has no worker.
import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { readSourceFile, importMessage } from '../../renderer/import/read-source-file';
import { brokenDocxFiles, goodDocx, goodPdf } from '../fixtures/broken-files';

async function messageFor(name: string, bytes: Uint8Array): Promise<string> {
  try {
    await readSourceFile({ name, bytes });
  } catch (error) {
    return importMessage(error, name);
  }
  throw new Error(`${name} was imported`);
}

describe('broken Word documents', () => {
  for (const file of brokenDocxFiles()) {
    it(`explains ${file.name}`, async () => {
      expect(await messageFor(file.name, file.bytes)).toMatch(file.message);
    });
  }
});

describe('mislabelled and broken text files', () => {
  it('names what a file really is when its name says text', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await messageFor('scan.txt', png)).toBe('scan.txt is an image, not a text file as its name says. Parallax reads text, not pictures of text.');
    expect(await messageFor('report.md', goodDocx())).toBe('report.md is a zip archive, not a text file as its name says. If it is a Word document, rename it to end in .docx.');
    expect(await messageFor('story.html', goodPdf())).toBe('story.html is a PDF, not a text file as its name says. Rename it to end in .pdf and add it again.');
    expect(await messageFor('notes.txt', strToU8('{\\rtf1\\ansi Hello}'))).toBe('notes.txt is an RTF document, not a text file as its name says. Open it and save it as .docx or .txt.');
  });

  it('reads a UTF-8 file cut short in the middle of a character as UTF-8, not as mojibake', async () => {
    const bytes = strToU8('Ériger un pont coûte cher — très cher. 東京');
    const source = await readSourceFile({ name: 'cut.txt', bytes: bytes.subarray(0, bytes.length - 1) });
    expect(source.text).toBe('Ériger un pont coûte cher — très cher. 東');
  });

  it('refuses a text file of only blank space', async () => {
    expect(await messageFor('blank.txt', strToU8(' \n\t\n '))).toBe('blank.txt has no text in it.');
  });
});
