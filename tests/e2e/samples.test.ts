// Every sample in samples/ opens from the top bar's Samples menu (by mouse and by keyboard)
// and shows one column per source, marked once the analysis is in.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SAMPLES } from '../../shared/samples';
import { launch, openApp, screenshot, waitForMarks } from './browser';

interface SampleCase {
  id: string;
  title: string;
  sources: { name: string }[];
}

const folders = readdirSync('samples', { withFileTypes: true }).filter((entry) => entry.isDirectory());
// In menu order, which the keyboard test walks.
const samples: SampleCase[] = SAMPLES.map(({ id }) => ({ id, ...(JSON.parse(readFileSync(join('samples', id, 'case.json'), 'utf8')) as Omit<SampleCase, 'id'>) }));

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

async function expectOpened(sample: SampleCase) {
  await page.waitForFunction((title) => (document.querySelector('.case-title input') as HTMLInputElement | null)?.value === title, sample.title);
  const names = await page.locator('.column h2').allInnerTexts();
  expect(names.map((n) => n.replace(/^\d+\s*/, ''))).toEqual(sample.sources.map((s) => s.name));
  await waitForMarks(page);
}

describe('the sample cases', () => {
  it('are all in the menu', () => {
    expect(samples.map((s) => s.id).sort()).toEqual(folders.map((f) => f.name).sort());
  });

  it.each(samples.map((s) => [s.id, s] as const))('opens samples/%s from the Samples menu', async (id, sample) => {
    await page.getByRole('button', { name: 'Samples', exact: true }).click();
    await page.getByRole('menuitem', { name: sample.title }).click();
    await expectOpened(sample);
    await screenshot(page, `sample-${id}`);
    expect(errors).toEqual([]);
  });

  it('opens a sample from the keyboard alone', async () => {
    const last = samples[samples.length - 1];
    const button = page.getByRole('button', { name: 'Samples', exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    await screenshot(page, 'samples-menu-open');
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('menu').count()).toBe(0);
    await page.keyboard.press('ArrowDown');
    for (let i = 1; i < samples.length; i++) await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(last.title);
    await page.keyboard.press('Enter');
    await expectOpened(last);
  });

  it('offers the samples on the empty page too', async () => {
    const current = samples[samples.length - 1];
    await page.getByRole('button', { name: 'Sources…' }).click();
    const dialog = page.getByRole('dialog');
    for (const source of current.sources) await dialog.getByRole('button', { name: `Remove ${source.name}` }).click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Open a sample' }).click();
    await screenshot(page, 'samples-empty-state');
    // The case now has unsaved changes (its sources were removed): opening asks first.
    await page.getByRole('menuitem', { name: samples[1].title }).click();
    await page.getByRole('dialog', { name: 'Discard unsaved changes?' }).getByRole('button', { name: 'Discard changes' }).click();
    await expectOpened(samples[1]);
    expect(errors).toEqual([]);
  });
});
