// The sample opens, its marks match the engine, hovering links claims, the drawer explains.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { analyze } from '../../engine/analyze';
import { expectedClaimCounts, launch, openApp, sampleInput, screenshot, waitForMarks } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];
const analysis = analyze(sampleInput());
const expected = expectedClaimCounts(analysis);

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openApp(browser, inject('baseUrl')));
  await waitForMarks(page, analysis.claims.length);
});
afterAll(async () => {
  await browser?.close();
});

describe('the comparison view on the sample', () => {
  it('opens the sample with one column per source, headline and kind', async () => {
    const names = await page.locator('.column h2').allInnerTexts();
    expect(names.map((n) => n.replace(/^\d+\s*/, ''))).toEqual(['Amnesty International', 'Kazakh officials', 'Italian government']);
    expect(await page.locator('.column-headline').first().innerText()).toBe(analysis.sources[0].headline);
    expect(await page.locator('.kind-badge').allInnerTexts()).toEqual(['NGO', 'government', 'government']);
    await screenshot(page, 'sample-columns');
  });

  it('marks exactly as many agreed, contested and only-here claims as the engine finds', async () => {
    const counted = await page.evaluate(() => {
      const out: Record<string, number> = { agreed: 0, contested: 0, unique: 0 };
      for (const el of document.querySelectorAll<HTMLElement>('.claim[data-point]')) out[el.dataset.status!]++;
      return out;
    });
    expect(counted).toEqual(expected);
    expect(expected.contested).toBeGreaterThan(0);
  });

  it('hovering a contested claim lights up its partners in the other columns; the drawer gives the reason', async () => {
    const point = analysis.points.find((p) => p.status === 'contested' && new Set(p.claims.map((c) => c.split(':')[0])).size >= 2)!;
    const [first, ...partners] = point.claims;
    const claim = page.locator(`.claim[data-claim="${first}"]`);
    await claim.hover();
    for (const id of partners) await expect.poll(() => page.locator(`.claim[data-claim="${id}"]`).getAttribute('class')).toMatch(/is-linked/);
    const linkedColumns = await page.$$eval('.claim.is-linked', (els) => new Set(els.map((e) => e.closest('.column')!.getAttribute('data-source'))).size);
    expect(linkedColumns).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'hover-contested');
    await claim.click();
    const drawer = page.locator('.drawer');
    await drawer.waitFor();
    expect(await drawer.locator('.status-chip').innerText()).toMatch(/Contested/);
    const contestReason = point.reasons.find((r) => r.kind !== 'same-content')!;
    expect(await drawer.locator('.reasons').innerText()).toContain(contestReason.detail);
    expect(await drawer.locator('.cue').count()).toBeGreaterThan(0);
    expect(await drawer.locator('.word-diff').count()).toBe(1);
    await screenshot(page, 'drawer-contested');
  });

  it('logs no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
