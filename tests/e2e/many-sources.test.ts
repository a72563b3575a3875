// A case of many sources: a point whose claims contest pair by pair sums its reasons up in the
// drawer (each source's words), with every pair one click away.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { syntheticCase } from '../../bench/synthetic';
import { analyze } from '../../engine/analyze';
import type { Point } from '../../engine/types';
import { buildViewModel } from '../../renderer/analysis/view-model';
import { groupReasons, sharedWordsLine, sourceWordsLine } from '../../report/reason-groups';
import { launch, openApp, openSources, screenshot, waitForMarks } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];
const SOURCES = 8;
const input = syntheticCase(SOURCES, 600);
const analysis = analyze(input);
const model = buildViewModel(analysis, input.sources.map((s) => s.id), new Map(input.sources.map((s) => [s.id, s.name])));
// The earliest point in the first column with a kind of contest summed up (contests come first).
const contestSummed = (reasons: Point['reasons']) => groupReasons(reasons, model.claim, model.sourceIds).find((g) => g.summary && g.kind !== 'same-content');
const firstColumn = model.claimsBySource.get(input.sources[0].id)!;
const claim = firstColumn.find((c) => contestSummed(model.pointOfClaim.get(c.id)!.reasons))!;
const point = model.pointOfClaim.get(claim.id)!;
const summed = contestSummed(point.reasons)!;

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openApp(browser, inject('baseUrl')));
  await waitForMarks(page);
  await openSources(page, input, 'many.parallax.json');
  await page.waitForFunction((n) => document.querySelectorAll('.column').length === n && !!document.querySelector(`.column:nth-child(${n}) .claim[data-point]`), SOURCES, { timeout: 60_000 });
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe('a point of many sources', () => {
  it('sums up a kind of many reasons as each source’s words, and lists every pair on request', async () => {
    expect(summed.reasons.length).toBeGreaterThan(3);
    const mark = page.locator(`.column:nth-child(1) .claim[data-point="${point.id}"]`).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    const group = page.locator('.drawer .reason-group').first();
    await group.scrollIntoViewIfNeeded();
    const perSource = group.locator('.reason-sources > li');
    const shared = sharedWordsLine(summed);
    expect(await perSource.allInnerTexts()).toEqual([...(shared ? [shared] : []), ...summed.summary!.map((s) => sourceWordsLine(model.sourceName(s.source), s.words))]);
    const pairs = group.locator('.reason-pairs > li');
    expect(await pairs.first().isVisible()).toBe(false);
    await screenshot(page, 'many-sources-summary');
    await group.getByText(`Every pair (${summed.reasons.length})`).click();
    expect(await pairs.allInnerTexts()).toEqual(summed.reasons.map((r) => r.detail));
    await screenshot(page, 'many-sources-every-pair');
    expect(errors).toEqual([]);
  });

  it('sums it up on the projected point too', async () => {
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.getByRole('button', { name: 'One point', exact: true }).click();
    const heading = page.locator('#presenter-heading');
    await heading.waitFor();
    // It opens on the point selected in the drawer.
    const index = model.points.indexOf(point);
    await expect.poll(() => heading.innerText()).toMatch(new RegExp(`^Point ${index + 1} of ${model.points.length}`));
    const group = page.locator('.presenter-reasons .reason-group').first();
    await group.scrollIntoViewIfNeeded();
    expect(await group.locator('.reason-sources > li').count()).toBe(summed.summary!.length + (sharedWordsLine(summed) ? 1 : 0));
    await screenshot(page, 'many-sources-presenter');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });
});
