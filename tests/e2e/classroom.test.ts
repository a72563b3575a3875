// Classroom modes in Chromium: blind sources leave no name in the page, students first hides the
// verdicts and compares the student's work with Parallax, and presentation shows one point at a time.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { hashSources, parseStudentFile } from '../../shared/student-file';
import type { PointStatus } from '../../engine/types';
import { launch, openApp, screenshot } from './browser';
import { analyzeCase, BRIDGE, openCase } from './bridge-case';

let browser: Browser;
let page: Page;
let errors: string[];
const analysis = analyzeCase(BRIDGE);
const pointOf = (claimId: string) => analysis.points.find((p) => p.claims.includes(claimId))!;
const claimText = (id: string) => analysis.claims.find((c) => c.id === id)!.text;

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openApp(browser, inject('baseUrl')));
  await page.waitForSelector('.claim[data-point]', { timeout: 30_000 });
  await openCase(page, BRIDGE);
});
afterAll(async () => {
  await browser?.close();
});

/** Every source name, kind, headline and id that appears in the page's text or in any attribute. */
async function leaks(): Promise<string[]> {
  const secrets = BRIDGE.sources.flatMap((s) => [s.name, s.kind!, s.text.split('\n')[0].replace(/^# /, ''), s.id]);
  return page.evaluate((secrets) => {
    const attributes = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value));
    const haystacks = [document.body.innerText, document.title, ...attributes].map((t) => t.toLowerCase());
    return secrets.filter((secret) => haystacks.some((h) => h.includes(secret.toLowerCase())));
  }, secrets);
}

async function openClaim(id: string): Promise<void> {
  await page.locator(`.claim[data-claim="${id}"]`).focus();
  await page.keyboard.press('Enter');
}

describe('blind sources', () => {
  it('hide every name, kind, headline and id, in columns, drawer, matrix, presenter and dialogs', async () => {
    expect(await leaks()).toEqual(BRIDGE.sources.flatMap((s) => [s.name, s.kind!, s.text.split('\n')[0].replace(/^# /, ''), s.id]));
    await page.getByRole('button', { name: 'Blind', exact: true }).click();
    const names = async () => (await page.locator('.column h2').allInnerTexts()).map((n) => n.replace(/^\d+\s*/, ''));
    expect(await names()).toEqual(['Source A', 'Source B', 'Source C']);
    expect(await leaks()).toEqual([]);

    const contested = analysis.points.find((p) => p.status === 'contested')!;
    await openClaim(`source-${BRIDGE.sources.findIndex((s) => s.id === analysis.claims.find((c) => c.id === contested.claims[0])!.source) + 1}:${contested.claims[0].split(':')[1]}`);
    await page.locator('aside.drawer').waitFor();
    await expect.poll(() => page.locator('aside.drawer').innerText()).toContain('Source A');
    expect(await leaks()).toEqual([]);
    await screenshot(page, 'classroom-blind');

    await page.keyboard.press('m');
    await page.locator('.matrix').waitFor();
    expect(await leaks()).toEqual([]);
    await page.keyboard.press('m');
    for (const name of ['Export…', 'Check a claim']) {
      await page.getByRole('button', { name, exact: true }).click();
      expect(await leaks(), name).toEqual([]);
      await page.keyboard.press('Escape');
    }
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.getByRole('button', { name: 'One point', exact: true }).click();
    await page.locator('.presenter').waitFor();
    expect(await leaks()).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Present', exact: true }).click();

    await page.getByRole('button', { name: 'Reveal sources' }).click();
    expect(await names()).toEqual(BRIDGE.sources.map((s) => s.name));
  });
});

describe('students first', () => {
  // The student's reading: one label the same as Parallax's, one different, one the same, and
  // two links, one that Parallax makes too and one it does not.
  const agreed = analysis.points.find((p) => p.status === 'agreed' && p.claims.length >= 2)!;
  const contested = analysis.points.find((p) => p.status === 'contested')!;
  const only = analysis.points.find((p) => p.status === 'unique')!;
  const plan: [string, PointStatus][] = [
    [agreed.claims[0], 'agreed'],
    [contested.claims[0], 'agreed'],
    [only.claims[0], 'unique'],
  ];
  const links: [string, string][] = [
    [agreed.claims[0], agreed.claims[1]],
    [only.claims[0], contested.claims[0]],
  ];
  const sourceOf = (id: string) => analysis.claims.find((c) => c.id === id)!.source;
  const parallaxPairs = analysis.points.reduce((n, p) => {
    let pairs = 0;
    for (let i = 0; i < p.claims.length; i++) for (let j = i + 1; j < p.claims.length; j++) if (sourceOf(p.claims[i]) !== sourceOf(p.claims[j])) pairs++;
    return n + pairs;
  }, 0);
  const same = plan.filter(([id, label]) => pointOf(id).status === label).length;
  const expectedLabels = `Labels: ${same} of 3 marked claims are labelled as Parallax labels them, ${3 - same} differently; ${analysis.claims.length - 3} not marked.`;
  const expectedLinks = `Links: 1 link matches Parallax, 1 is not made by Parallax, and Parallax makes ${parallaxPairs - 1} links not made here.`;
  let saved = '';

  it('hides the verdicts: neutral marks, no counts, no matrix, no reasons', async () => {
    expect(same).toBe(2);
    await page.getByRole('button', { name: 'Students first', exact: true }).click();
    const marks = () => page.evaluate(() => [...new Set([...document.querySelectorAll<HTMLElement>('.claim')].map((el) => `${el.dataset.status}|${el.title}`))]);
    await expect.poll(marks).toEqual(['neutral|']);
    expect(await page.locator('.column-counts').count()).toBe(0);
    expect(await page.locator('.legend-count').count()).toBe(0);
    expect(await page.getByRole('tab', { name: /^Matrix/ }).isDisabled()).toBe(true);
    await openClaim(contested.claims[0]);
    const drawer = page.locator('aside.drawer');
    await drawer.waitFor();
    await expect.poll(() => drawer.innerText()).not.toMatch(/Why|Contested:|Parallax said/);
  });

  it('lets the student label and link claims, then compares claim by claim', async () => {
    for (const [id, label] of plan) {
      await openClaim(id);
      const name = { agreed: 'Agreed', contested: 'Contested', unique: 'Only here' }[label];
      await page.locator('aside.drawer').getByRole('group', { name: /^Your label for/ }).getByRole('button', { name }).click();
      await expect.poll(() => page.locator(`.claim[data-claim="${id}"]`).getAttribute('data-status')).toBe(label);
    }
    for (const [a, b] of links) {
      await openClaim(a);
      await page.locator('aside.drawer').getByLabel('Link a claim that speaks of the same thing').selectOption(b);
      await page.locator('aside.drawer').getByRole('button', { name: 'Link', exact: true }).click();
      await expect.poll(() => page.locator(`.claim[data-claim="${b}"]`).getAttribute('data-point')).toBe(await page.locator(`.claim[data-claim="${a}"]`).getAttribute('data-point'));
    }
    await expect.poll(() => page.locator('.marked-count').innerText()).toBe(`3 of ${analysis.claims.length} claims marked`);
    await screenshot(page, 'classroom-students-first');

    await page.getByRole('button', { name: 'Compare with Parallax' }).click();
    const dialog = page.getByRole('dialog');
    const summary = await dialog.locator('.compare-summary').innerText();
    expect(summary).toContain(expectedLabels);
    expect(summary).toContain(expectedLinks);
    // Listed: the claim labelled differently, and the claims whose links differ, with the engine's reasons.
    const rows = dialog.locator('.compare-row');
    const listed = await rows.allInnerTexts();
    expect(listed.some((r) => r.includes(claimText(contested.claims[0])) && /You\s*Agreed\s*Parallax\s*Contested/.test(r))).toBe(true);
    expect(listed.join('\n')).toContain(contested.reasons.find((r) => r.kind !== 'same-content')!.detail);
    expect(listed.some((r) => r.includes(claimText(only.claims[0])) && /You linked it with/.test(r))).toBe(true);
    await screenshot(page, 'classroom-compare');
    await page.keyboard.press('Escape');
  });

  it('saves the work to its own file, which a teacher opens next to the case', async () => {
    await page.getByLabel('Your name').fill('Ada');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save work…' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('The old bridge - Ada.parallax-student.json');
    saved = readFileSync((await file.path())!, 'utf8');
    const parsed = parseStudentFile(saved);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.work.case).toEqual({ title: 'The old bridge', sourcesHash: await hashSources(BRIDGE.sources) });
    expect(parsed.work.labels).toHaveLength(3);
    expect(parsed.work.links).toHaveLength(2);

    // The teacher: the same case, freshly opened, then the student's file.
    await openCase(page, BRIDGE, 'teacher.parallax.json');
    // The freshly opened case replaces the student's marks once its state settles.
    await expect.poll(() => page.locator('.marked-count').innerText()).toBe(`0 of ${analysis.claims.length} claims marked`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open student work…' }).click();
    await (await chooser).setFiles({ name: file.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(saved) });
    const dialog = page.getByRole('dialog', { name: 'Ada’s reading compared with Parallax' });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('.compare-summary').innerText()).toContain(expectedLabels);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Students first', exact: true }).click();
    await expect.poll(() => page.locator('.claim[data-status="neutral"]').count()).toBe(0);
  });
});

describe('presentation, one point at a time', () => {
  it('shows the current point across sources, large, and steps with the arrow keys', async () => {
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.getByRole('button', { name: 'One point', exact: true }).click();
    const heading = page.locator('#presenter-heading');
    await heading.waitFor();
    const count = analysis.points.length;
    await expect.poll(() => heading.innerText()).toMatch(new RegExp(`^Point 1 of ${count}`));
    expect(await page.locator('.presenter-card h3').allInnerTexts()).toEqual(BRIDGE.sources.map((s) => s.name));
    const size = await page.locator('.presenter-card blockquote').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    await screenshot(page, 'classroom-one-point');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading.innerText()).toMatch(new RegExp(`^Point 2 of ${count}`));
    await page.keyboard.press('End');
    await expect.poll(() => heading.innerText()).toMatch(new RegExp(`^Point ${count} of ${count}`));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => heading.innerText()).toMatch(new RegExp(`^Point ${count - 1} of ${count}`));
    await page.keyboard.press('Escape');
    await page.locator('.columns').waitFor();
    expect(errors).toEqual([]);
  });
});
