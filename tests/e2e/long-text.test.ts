// A case of long texts (3 sources x 10,000 words): each column marks only the claims near view,
// scrolling draws more, and selecting a point whose claims are far off brings them into view.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { syntheticCase } from '../../bench/synthetic';
import { analyze } from '../../engine/analyze';
import type { Point } from '../../engine/types';
import { buildViewModel } from '../../renderer/analysis/view-model';
import { launch, openApp, openSources, screenshot, waitForMarks } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];
const input = syntheticCase(3, 10_000);
const analysis = analyze(input);
const model = buildViewModel(analysis, input.sources.map((src) => src.id), new Map(input.sources.map((src) => [src.id, src.name])));

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openApp(browser, inject('baseUrl')));
  await waitForMarks(page);
  await openSources(page, input, 'long.parallax.json');
  await page.waitForFunction(() => document.querySelectorAll('.column:nth-child(3) .prose-chunk .claim[data-point]').length > 0, undefined, { timeout: 120_000 });
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

const column = (n: number) => `.column:nth-child(${n}) .column-body`;

/** Whether an element lies inside its column's visible part. */
const inView = (selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const body = el?.closest('.column-body');
    if (!el || !body) return false;
    const r = el.getBoundingClientRect();
    const b = body.getBoundingClientRect();
    return r.bottom > b.top && r.top < b.bottom;
  }, selector);

describe('a case of long texts', () => {
  it('keeps far-off claims out of the page until their part of the column is scrolled near', async () => {
    const last = `${column(1)} > .prose-chunk:last-child`;
    expect(await page.locator(`${column(1)} > .prose-chunk`).count()).toBeGreaterThan(10);
    expect(await page.locator(`${last} .claim`).count()).toBe(0);
    // Its words are there all the same, for find-in-page and screen readers.
    expect((await page.locator(last).textContent())!.length).toBeGreaterThan(200);

    // Scroll down in steps, as a reader does, and look at the column while it moves.
    for (let step = 1; step <= 4; step++) {
      await page.locator(column(1)).evaluate((el, s) => el.scrollTo({ top: (el.scrollHeight * s) / 4 }), step);
      await page.waitForTimeout(300);
      await screenshot(page, `long-text-scroll-${step}`);
    }
    await page.waitForFunction((sel) => document.querySelectorAll(`${sel} .claim[data-point]`).length > 0, last);
    // Claims near the top were let go again.
    expect(await page.locator(`${column(1)} > .prose-chunk:first-child .claim`).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('a point chosen in the matrix whose claims are far down every column is drawn, lit and scrolled into view', async () => {
    for (const n of [1, 2, 3]) await page.locator(column(n)).evaluate((el) => el.scrollTo({ top: 0 }));
    await page.waitForTimeout(300);
    // The engine's reading order is the matrix's: pick the last point that all three share.
    const textLength = new Map(input.sources.map((src) => [src.id, src.text.length]));
    const claim = new Map(analysis.claims.map((c) => [c.id, c]));
    const far = (p: Point) => p.claims.length === 3 && p.claims.every((id) => claim.get(id)!.start > textLength.get(claim.get(id)!.source)! * 0.6);
    const row = model.points.map(far).lastIndexOf(true);
    expect(row).toBeGreaterThan(-1);
    const pointId = model.points[row].id;
    expect(await page.locator(`.claim[data-point="${pointId}"]`).count()).toBe(0);

    await page.keyboard.press('m');
    await page.locator('.matrix table').waitFor();
    await page.locator('.matrix tbody tr').nth(row).getByRole('button').first().click();
    await page.locator('.columns').waitFor();
    for (const n of [1, 2, 3]) {
      const mark = `.column:nth-child(${n}) .claim[data-point="${pointId}"]`;
      await page.waitForFunction((sel) => document.querySelector(sel)?.classList.contains('is-selected'), mark);
      await expect.poll(() => inView(mark), { timeout: 5_000 }).toBe(true);
    }
    await screenshot(page, 'long-text-selected-far-point');
  });

  it('tabs from claim to claim through the drawn part of a column', async () => {
    const first = page.locator(`${column(2)} .claim[data-point]`).first();
    await first.focus();
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      ids.push(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.claim ?? ''));
    }
    // Every Tab lands on the next claim of the same column, never on a gap.
    expect(ids.every((id) => id.startsWith('s2:'))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
