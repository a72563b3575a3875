// Broken, mislabelled, oversized and foreign-language files imported in one batch in Chromium:
// one notice names each bad file and its problem, the good files of the batch are added, and a
// source not in English is flagged. Then the case's source limit.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { MAX_SOURCES } from '../../shared/case-file';
import { brokenDocxFiles, brokenFilesForTheBrowser, goodDocx, type BrokenFile } from '../fixtures/broken-files';
import { FIXTURES } from '../../scripts/make-import-fixtures';
import { launch, openApp, screenshot, waitForMarks } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openApp(browser, inject('baseUrl')));
  await waitForMarks(page);
});
afterAll(async () => {
  await browser?.close();
});

const FRENCH = `# Le ferry de l'île\n\nLe conseil portuaire a approuvé mardi soir un nouvel horaire pour le ferry de l'île, avec deux traversées matinales en semaine. Les habitants réclamaient ces traversées depuis des années, car les élèves ne pouvaient pas arriver à l'heure sur le continent.`;
const ENGLISH = '# Ferry timetable approved\n\nThe harbour council approved a new ferry timetable on Tuesday. Two early crossings will run on weekdays.';

async function importFiles(page: Page, files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  await page.getByRole('button', { name: 'Sources…' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Import files/ }).click();
  await (await chooser).setFiles(files.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: Buffer.from(f.bytes) })));
}

describe('a batch with broken files', () => {
  it('names every broken file and its problem in one notice, and adds the rest of the batch', async () => {
    const withPicture = unzipSync(goodDocx());
    withPicture['word/media/image1.png'] = new Uint8Array(5 * 1024 * 1024).fill(7);
    const tooLong: BrokenFile = {
      name: 'too-long.txt',
      bytes: strToU8('The council met again. '.repeat(95_000)),
      message: /^too-long\.txt is too long: 2\.2 million characters, and a source may have at most 2 million\. Split it, or keep the part you compare\.$/,
    };
    const broken = [...brokenDocxFiles(), ...(await brokenFilesForTheBrowser()), tooLong];
    const good = [
      { name: 'ferry-wire.md', bytes: strToU8(ENGLISH) },
      { name: 'le-ferry.txt', bytes: strToU8(FRENCH) },
      { name: 'with-picture.docx', bytes: zipSync(withPicture, { level: 1 }) },
    ];
    const columnsBefore = await page.locator('.column').count();
    // Good and broken files interleaved: one failure must not stop the files after it.
    await importFiles(page, broken.flatMap((file, i) => (good[i] ? [file, good[i]] : [file])));

    const notice = page.locator('.notice--error');
    await notice.waitFor({ timeout: 30_000 });
    const text = (await notice.locator('span').first().textContent()) ?? '';
    const [heading, ...lines] = text.split('\n');
    expect(heading).toBe(`${broken.length} files were not added:`);
    // One line per file, in the order given.
    expect(lines).toHaveLength(broken.length);
    broken.forEach((file, i) => expect(lines[i]).toMatch(file.message));
    await screenshot(page, 'broken-input-notice');

    await page.waitForFunction((n) => document.querySelectorAll('.column').length === n, columnsBefore + good.length, { timeout: 30_000 });
    const info = await page.locator('.notice--info').last().innerText();
    expect(info).toContain("Added Ferry wire, Le ferry, With picture. Le ferry looks like French: Parallax's analysis is tuned for English");
    const docx = await page.locator('.column').nth(columnsBefore + 2).evaluate((el) => el.textContent ?? '');
    expect(docx).toContain(FIXTURES.docx.paragraphs[0]);
    await page.keyboard.press('Escape');
    await notice.getByRole('button', { name: 'Dismiss message' }).click();
  });

  it(`adds no more than ${MAX_SOURCES} sources, and says which were left out`, async () => {
    const count = await page.locator('.column').count();
    const room = MAX_SOURCES - count;
    const files = Array.from({ length: room + 2 }, (_, i) => ({ name: `note-${i + 1}.txt`, bytes: strToU8(`The council met on day ${i + 1}.`) }));
    await importFiles(page, files);
    const notice = page.locator('.notice--error', { hasText: 'A case holds' });
    await notice.waitFor();
    expect(await notice.locator('span').first().textContent()).toBe(`A case holds at most ${MAX_SOURCES} sources: only the first ${room} were added.`);
    await page.waitForFunction((n) => document.querySelectorAll('.column').length === n, MAX_SOURCES);
    await page.keyboard.press('Escape');
  });

  it('logs no errors in the page but pdf.js reporting the broken PDFs', () => {
    // pdf.js logs its own parse failures (as warnings or errors) before the importer explains them.
    expect(errors.filter((e) => !/Invalid PDF|PasswordException|No password given|Indexing all PDF objects|FormatError|Unexpected server response|UnknownErrorException/i.test(e))).toEqual([]);
  });
});
