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
    await expect.poll(() => page.locator('.column-headline').first().innerText()).toBe(analysis.sources[0].headline);
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
    // Resting on the claim scrolls each other column to its partner.
    const inView = (id: string) =>
      page.locator(`.claim[data-claim="${id}"]`).evaluate((el) => {
        const box = el.closest('.column-body')!.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom;
      });
    for (const id of partners) await expect.poll(() => inView(id)).toBe(true);
    await screenshot(page, 'hover-contested');
    // The hovered claim's tooltip (and accessible description) already gives the reason.
    const involving = point.reasons.filter((r) => r.kind !== 'same-content' && r.claims.includes(first));
    for (const r of involving) expect(await claim.getAttribute('title')).toContain(r.detail);
    await claim.click();
    const drawer = page.locator('.drawer');
    await drawer.waitFor();
    await expect.poll(() => drawer.locator('.status-chip').innerText()).toMatch(/Contested/);
    const contestReason = point.reasons.find((r) => r.kind !== 'same-content')!;
    await expect.poll(() => drawer.locator('.reasons').innerText()).toContain(contestReason.detail);
    expect(await drawer.locator('.cue').count()).toBeGreaterThan(0);
    expect(await drawer.locator('.word-diff').count()).toBe(1);
    await screenshot(page, 'drawer-contested');
    // The panel's edge resizes it, also from the keyboard.
    const before = (await drawer.boundingBox())!.width;
    await page.getByRole('separator', { name: 'Resize the details panel' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect((await drawer.boundingBox())!.width).toBeCloseTo(before + 48, 0);
  });

  it('walks the points from the keyboard and shows the matrix', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    expect(await page.locator('.claim.is-selected').count()).toBeGreaterThan(0);
    await page.keyboard.press('n');
    expect(await page.locator('.claim.is-selected').first().getAttribute('data-status')).toBe('contested');
    await page.keyboard.press('Enter');
    await page.locator('.drawer').waitFor();
    await page.keyboard.press('m');
    await page.locator('.matrix table').waitFor();
    expect(await page.locator('.matrix tbody tr').count()).toBe(analysis.points.length);
    await screenshot(page, 'matrix');
    await page.locator('.matrix tbody tr').first().getByRole('button').click();
    await page.locator('.columns').waitFor();
    expect(await page.locator('.claim.is-selected').count()).toBeGreaterThan(0);
  });

  it('logs no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
