// The framing lens in Chromium: each layer shows and hides its marks, a cue explains itself on
// hover and on focus, the Framing tab shows the naming table, the speakers and the frame chart,
// and "New case from an article" turns one article's voices into a case. Axe runs on both views.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { analyze } from '../../engine/analyze';
import { splitVoices } from '../../engine/index';
import type { Analysis } from '../../engine/types';
import { launch, openApp, sampleInput, screenshot, waitForMarks } from './browser';

const ARTICLE = 'tests/fixtures/articles/ablyazov-trend-2013.txt';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const analysis: Analysis = analyze(sampleInput());
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openApp(browser, inject('baseUrl')));
  await waitForMarks(page, analysis.claims.length);
});
afterAll(async () => {
  await browser?.close();
});

async function seriousViolations(): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact}: ${v.id} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** Distinct spans the engine gives each layer: what the columns should mark when it alone is on. */
function expectedMarks(): Record<string, number> {
  const spans = (list: { start: number; end: number }[]) => new Set(list.map((c) => `${c.start}-${c.end}`)).size;
  const claims = analysis.framing.claims;
  const bySource = (pick: (c: (typeof claims)[number]) => { start: number; end: number }[]) =>
    analysis.sources.reduce((n, s) => n + spans(claims.filter((c) => c.claim.startsWith(`${s.id}:`)).flatMap(pick)), 0);
  return {
    loaded: bySource((c) => c.loaded),
    hedges: bySource((c) => c.hedges),
    attribution: bySource((c) => (c.attribution && c.attribution.end > c.attribution.start ? [c.attribution] : [])),
    speakers: analysis.framing.speakers.flatMap((s) => s.speakers).filter((s) => s.role !== 'source-itself').reduce((n, s) => n + s.claims.length, 0),
  };
}

const LAYERS = [
  ['loaded', 'Loaded words'],
  ['hedges', 'Hedges & boosters'],
  ['attribution', 'Reporting verbs'],
  ['speakers', 'Speakers'],
] as const;
const marks = (layer: string) => page.locator(`.column-body .lens-cue[data-layer~="${layer}"]`).count();

describe('the lens layers', () => {
  it('each toggle shows exactly its cues and hides them again', async () => {
    const expected = expectedMarks();
    for (const [layer, label] of LAYERS) {
      const toggle = page.getByRole('toolbar', { name: 'Framing lens layers' }).getByRole('button', { name: label });
      expect(await marks(layer)).toBe(0);
      await toggle.click();
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      expect(expected[layer]).toBeGreaterThan(0);
      expect(await marks(layer)).toBe(expected[layer]);
      await toggle.click();
      expect(await marks(layer)).toBe(0);
    }
  });

  it('a keyboard shortcut toggles a layer', async () => {
    await page.locator('body').press('l');
    expect(await marks('loaded')).toBe(expectedMarks().loaded);
    await page.locator('body').press('l');
    expect(await marks('loaded')).toBe(0);
  });

  it('a cue explains itself on hover, and a claim lists its cues on focus', async () => {
    await page.locator('body').press('l');
    const cue = page.locator('.column-body .lens-cue--loaded').first();
    const explanation = (await cue.getAttribute('data-explain'))!;
    expect(analysis.framing.claims.flatMap((c) => c.loaded).map((c) => c.explanation)).toContain(explanation);
    await cue.hover();
    const tip = page.getByRole('tooltip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(explanation);

    await page.mouse.move(0, 0);
    const claim = cue.locator('xpath=ancestor::*[contains(@class,"claim")][1]');
    await claim.focus();
    expect(await claim.getAttribute('aria-describedby')).toBe('lens-tip');
    expect(await tip.textContent()).toContain(explanation);
    await page.locator('body').press('Escape');
    await page.locator('body').press('l');
  });

  it('shows quoted and negated loaded words as such', async () => {
    await page.locator('body').press('l');
    const loaded = analysis.framing.claims.flatMap((c) => c.loaded);
    expect(await page.locator('.column-body .lens-cue--loaded.is-quoted').count()).toBe(new Set(loaded.filter((c) => c.quoted).map((c) => `${c.start}-${c.text}`)).size);
    const negated = page.locator('.column-body .lens-cue--loaded.is-negated');
    expect(await negated.count()).toBe(loaded.filter((c) => c.negated).length);
    if (await negated.count()) expect(await negated.first().textContent()).toMatch(/not.*negated/);
    await page.locator('body').press('l');
  });

  it('with every layer on, has no serious axe violations and reads clearly', async () => {
    for (const key of ['l', 'h', 'r', 's']) await page.locator('body').press(key);
    expect(await seriousViolations()).toEqual([]);
    await page.locator('.column-body .lens-cue--loaded').first().hover();
    await screenshot(page, 'framing-layers');
    await page.getByRole('button', { name: 'Dark' }).click();
    expect(await seriousViolations()).toEqual([]);
    await screenshot(page, 'framing-layers-dark');
    await page.getByRole('button', { name: 'Light' }).click();
    for (const key of ['l', 'h', 'r', 's']) await page.locator('body').press(key);
  });
});

describe('the Framing tab', () => {
  it('charts one bar per source and frame with a share, and lists the statements of a frame', async () => {
    await page.getByRole('tab', { name: 'Framing' }).click();
    await page.locator('.framing-panel .recharts-surface').waitFor({ timeout: 30_000 });
    const bars = analysis.framing.frames.reduce((n, p) => n + p.shares.filter((s) => s.share > 0).length, 0);
    await expect.poll(() => page.locator('.frame-chart path.recharts-rectangle').count()).toBe(bars);
    await screenshot(page, 'framing-panel');
    const first = page.locator('.frame-button').first();
    await first.click();
    expect(await first.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('.frame-evidence li').count()).toBeGreaterThan(0);
    expect(await page.locator('.frame-evidence .frame-lemmas').first().textContent()).toMatch(/^words: \w/);
  });

  it('names Mukhtar Ablyazov in at least two ways across the sources, and lists who speaks', async () => {
    const row = page.locator('.naming-table tbody tr').filter({ has: page.locator('th', { hasText: 'Mukhtar Ablyazov' }) });
    const phrases = await row.locator('.naming-phrase').allTextContents();
    const labels = new Set(phrases.map((p) => p.replace(/ ×\d+$/, '').replace(/^“quoted: /, '')));
    expect(labels.size).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.speakers-table tbody tr').count()).toBe(analysis.framing.speakers.reduce((n, s) => n + s.speakers.length, 0));
  });

  it('has no serious axe violations', async () => {
    expect(await seriousViolations()).toEqual([]);
    await page.locator('.frame-figure').scrollIntoViewIfNeeded();
    await screenshot(page, 'framing-chart');
  });
});

describe('New case from an article', () => {
  it('proposes the article’s voices and opens them as a case, one column each', async () => {
    const expected = splitVoices(readFileSync(ARTICLE, 'utf8'));
    await page.getByRole('button', { name: 'From an article…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New case from an article' });
    await dialog.locator('input[type=file]').setInputFiles(ARTICLE);
    await expect.poll(() => dialog.getByRole('textbox', { name: 'Article text' }).inputValue()).toContain('Amnesty International');
    await dialog.getByRole('button', { name: 'Find the voices' }).click();
    await dialog.locator('.voice-list').waitFor({ timeout: 30_000 });
    const names = await dialog.locator('.voice-list > li input[aria-label^="Name of voice"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(names).toEqual(expected.voices.map((v) => v.name));
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const pattern of [/^Amnesty International$/, /^Kazakh/, /^Italian/]) expect(names.some((n) => pattern.test(n))).toBe(true);
    await screenshot(page, 'framing-article-voices');

    await dialog.getByRole('button', { name: 'Open as a new case' }).click();
    await page.locator('.column h2').first().waitFor();
    const columns = await page.locator('.column h2').allTextContents();
    expect(columns.map((c) => c.replace(/^\d+/, ''))).toEqual(names);
    await waitForMarks(page);
    await screenshot(page, 'framing-article-case');
    expect(errors).toEqual([]);
  });
});
