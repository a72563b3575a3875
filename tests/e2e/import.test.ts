// Importing a .docx, an .html and a .pdf adds one source each, with their text.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
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

// textContent, not innerText: paragraphs of a column scrolled out of sight are skipped by the
// renderer (content-visibility: auto) and innerText leaves them out.
const columnText = (page: Page, index: number) => page.locator('.column').nth(index).evaluate((el) => el.textContent ?? '');

describe('importing sources', () => {
  it('adds a docx, an html page and a pdf as three new columns with their text', async () => {
    await page.getByRole('button', { name: 'Sources…' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /Import files/ }).click();
    await (await chooser).setFiles([FIXTURES.docx.file, FIXTURES.html.file, FIXTURES.pdf.file].map((f) => join('tests', 'fixtures', 'import', f)));
    await page.waitForFunction(() => document.querySelectorAll('.column').length === 6, undefined, { timeout: 30_000 });
    await screenshot(page, 'import-sources-dialog');
    await page.keyboard.press('Escape');
    // Columns appear one per frame (see Columns' reveal): wait until every body is in.
    await page.waitForFunction(() => !document.querySelector('.column-pending') || [...document.querySelectorAll('.column-pending')].every((p) => p.textContent !== 'Loading…'));

    const docx = await columnText(page, 3);
    expect(docx).toContain(FIXTURES.docx.headline);
    for (const p of FIXTURES.docx.paragraphs) expect(docx.replace(/\s+/g, ' ')).toContain(p);

    const html = await columnText(page, 4);
    expect(html).toContain(FIXTURES.html.siteName);
    for (const p of FIXTURES.html.paragraphs) expect(html.replace(/\s+/g, ' ')).toContain(p);
    // The page's navigation, sidebar and footer are not part of the article.
    expect(html).not.toMatch(/Log in|Most read|All rights reserved/);

    const pdf = await columnText(page, 5);
    expect(pdf).toContain(FIXTURES.pdf.headline);
    for (const p of FIXTURES.pdf.paragraphs) expect(pdf.replace(/\s+/g, ' ')).toContain(p);

    // The new sources are analysed with the rest: their claims get marks.
    await page.waitForFunction(() => document.querySelectorAll('.column:nth-child(6) .claim[data-point]').length > 0, undefined, { timeout: 30_000 });
    await screenshot(page, 'six-sources');
  });

  it('adds a file dropped on the window as a source', async () => {
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['# Dropped headline\n\nKazakhstan wants Ablyazov back to stand trial.'], 'dropped-notes.md', { type: 'text/markdown' }));
      for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => document.querySelectorAll('.column').length === 7);
    await expect.poll(() => columnText(page, 6)).toContain('Kazakhstan wants Ablyazov back to stand trial.');
    await page.getByRole('button', { name: 'Sources…' }).click();
    await page.getByRole('button', { name: 'Remove Dropped notes' }).click();
    await page.keyboard.press('Escape');
    expect(await page.locator('.column').count()).toBe(6);
  });

  it('explains a file it cannot read instead of failing', async () => {
    await page.getByRole('button', { name: 'Sources…' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /Import files/ }).click();
    await (await chooser).setFiles({ name: 'broken.pdf', mimeType: 'application/pdf', buffer: Buffer.from('this is not a pdf') });
    const notice = page.locator('.notice--error');
    await notice.waitFor();
    await expect.poll(() => notice.innerText()).toMatch(/broken\.pdf could not be read as a PDF/);
    await page.keyboard.press('Escape');
    expect(await page.locator('.column').count()).toBe(6);
  });

  it('logs no errors in the page, except the CSP refusing the web page inline handlers and styles', () => {
    // Chromium checks inline handlers against the CSP even while parsing into an inert
    // DOMParser document: the fixture's onerror= and <style> are reported, never run.
    const expected = /Invalid PDF|broken\.pdf|inline event handler|Applying inline style/i;
    expect(errors.filter((e) => !expected.test(e))).toEqual([]);
  });
});
