// Save downloads the case; opening that file again gives back the same case.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { parseCaseFile } from '../../shared/case-file';
import { launch, openApp, screenshot, waitForMarks } from './browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  ({ page } = await openApp(browser, inject('baseUrl')));
  await waitForMarks(page);
});
afterAll(async () => {
  await browser?.close();
});

async function save(page: Page): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

describe('saving and reopening a case', () => {
  it('gives back the same case, byte for byte', async () => {
    // Make it the user's own case first: a new title and a pasted source.
    await page.getByLabel('Case title').fill('Ablyazov: my classroom case');
    await page.getByRole('button', { name: 'Sources…' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Class notes');
    await page.getByLabel('Kind', { exact: true }).fill('blog');
    await page.getByRole('textbox', { name: /^Text \(start/ }).fill('# Notes\n\nKazakhstan wants Ablyazov extradited. Amnesty says he must not be handed over.');
    await page.getByRole('button', { name: 'Add pasted text' }).click();
    await page.getByLabel('Name of source 2').fill('Astana officials');
    await page.getByRole('button', { name: 'Move Class notes left' }).click();
    await page.keyboard.press('Escape');

    const first = await save(page);
    expect(first.name).toBe('Ablyazov my classroom case.parallax.json');
    const parsed = parseCaseFile(first.text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.document.title).toBe('Ablyazov: my classroom case');
    expect(parsed.document.sources.map((s) => s.name)).toEqual(['Amnesty International', 'Astana officials', 'Class notes', 'Italian government']);
    expect(parsed.document.sources[2]).toMatchObject({ kind: 'blog', origin: 'pasted' });

    // Open the sample (nothing unsaved now), then the saved file.
    await page.getByRole('button', { name: 'Samples', exact: true }).click();
    await page.getByRole('menuitem', { name: 'The extradition of Mukhtar Ablyazov (2013)' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.column').length === 3);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).click();
    await (await chooser).setFiles({ name: first.name, mimeType: 'application/json', buffer: Buffer.from(first.text) });
    await page.waitForFunction(() => document.querySelectorAll('.column').length === 4);
    expect(await page.getByLabel('Case title').inputValue()).toBe('Ablyazov: my classroom case');
    const names = await page.locator('.column h2').allInnerTexts();
    expect(names.map((n) => n.replace(/^\d+\s*/, ''))).toEqual(['Amnesty International', 'Astana officials', 'Class notes', 'Italian government']);
    await waitForMarks(page);
    await screenshot(page, 'reopened-case');

    const second = await save(page);
    expect(second.text).toBe(first.text);
  });

  it('refuses a case from a newer Parallax with a clear message', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).click();
    const newer = JSON.stringify({ format: 'parallax-case', version: 99, title: 'x', sources: [] });
    await (await chooser).setFiles({ name: 'future.parallax.json', mimeType: 'application/json', buffer: Buffer.from(newer) });
    const notice = page.locator('.notice--error');
    await notice.waitFor();
    await expect.poll(() => notice.innerText()).toMatch(/future\.parallax\.json was saved by a newer Parallax \(case format 99\)/);
    expect(await page.locator('.column').count()).toBe(4);
  });

  it('offers unsaved work back after the tab was closed without saving', async () => {
    await page.getByLabel('Case title').fill('Unsaved edits');
    await page.waitForFunction(() => localStorage.getItem('parallax:autosave')?.includes('Unsaved edits'), undefined, { timeout: 10_000 });
    await page.reload();
    const banner = page.locator('.recovery');
    await banner.waitFor();
    await expect.poll(() => banner.innerText()).toMatch(/Unsaved edits/);
    await screenshot(page, 'recovery-offer');
    await banner.getByRole('button', { name: 'Restore' }).click();
    expect(await page.getByLabel('Case title').inputValue()).toBe('Unsaved edits');
    expect(await page.locator('.column').count()).toBe(4);
  });
});
