// Corrections in the browser: relabel, unlink, note; undo and redo; saved in the case and
// applied again on reopening, even after a source's text changed.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { Point } from '../../engine/types';
import { parseCaseFile } from '../../shared/case-file';
import { launch, openApp, screenshot } from './browser';
import { analyzeCase, BRIDGE, openCase } from './bridge-case';

let browser: Browser;
let page: Page;
let errors: string[];
const analysis = analyzeCase(BRIDGE);
// The first point the engine makes of two or more claims: the one the user corrects.
const point: Point = analysis.points.find((p) => p.claims.length >= 2)!;
const [first, second] = point.claims.map((id) => analysis.claims.find((c) => c.id === id)!);
const newStatus = point.status === 'contested' ? 'agreed' : 'contested';
const LABEL = { agreed: 'Agreed', contested: 'Contested', unique: 'Only here' } as const;

const mark = (id: string) => page.locator(`.claim[data-claim="${id}"]`);
const statuses = () => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.claim[data-claim]')].map((el) => `${el.dataset.claim}=${el.dataset.status}${el.classList.contains('claim--corrected') ? '*' : ''}`));

async function save(): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  return readFileSync((await (await download).path())!, 'utf8');
}

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openApp(browser, inject('baseUrl')));
  await page.waitForSelector('.claim[data-point]', { timeout: 30_000 });
  await openCase(page, BRIDGE);
});
afterAll(async () => {
  await browser?.close();
});

describe('corrections', () => {
  it('relabels a point: marks, drawer and matrix follow at once, and the engine’s view stays visible', async () => {
    expect(point).toBeDefined();
    // A claim wraps over lines, so its box's centre may be plain text: open it from the keyboard.
    await mark(first.id).focus();
    await page.keyboard.press('Enter');
    const drawer = page.locator('aside.drawer');
    await drawer.getByRole('group', { name: 'Label this point as' }).getByRole('button', { name: LABEL[newStatus] }).click();
    await expect.poll(() => mark(first.id).getAttribute('data-status')).toBe(newStatus);
    await expect.poll(() => mark(second.id).getAttribute('class')).toContain('claim--corrected');
    await expect.poll(() => drawer.innerText()).toContain('your correction');
    await expect.poll(() => drawer.locator('.engine-said').innerText()).toBe(`Parallax said: ${LABEL[point.status]}${point.reasons.length ? ', because:' : '.'}`);
    await screenshot(page, 'edits-relabelled');

    const counts = { agreed: 0, contested: 0, unique: 0 };
    for (const p of analysis.points) counts[p.status]++;
    counts[point.status]--;
    counts[newStatus]++;
    await expect.poll(() => page.getByRole('tab', { name: /^Matrix/ }).innerText()).toBe(`Matrix (${counts.agreed} agreed · ${counts.contested} contested · ${counts.unique} only one)`);
  });

  it('unlinks a claim and notes the point, from the keyboard', async () => {
    const drawer = page.locator('aside.drawer');
    const secondName = BRIDGE.sources.find((s) => s.id === second.source)!.name;
    const unlink = drawer.getByRole('button', { name: new RegExp(`^Unlink ${secondName}’s “${second.text.slice(0, 20)}`) });
    await unlink.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => mark(second.id).getAttribute('data-status')).toBe('unique');
    expect(await mark(second.id).getAttribute('data-point')).not.toBe(await mark(first.id).getAttribute('data-point'));

    await drawer.getByLabel('Your note on this point').fill('Check the council minutes.');
    await drawer.getByRole('button', { name: 'Save note' }).click();
    await drawer.locator('.user-note--point').waitFor();
    await expect.poll(() => drawer.locator('.user-note--point').innerText()).toBe('Check the council minutes.');
    await screenshot(page, 'edits-drawer');
  });

  it('undoes and redoes corrections with Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y', async () => {
    await page.locator('aside.drawer h2').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.user-note--point').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => mark(second.id).getAttribute('data-point')).toBe(await mark(first.id).getAttribute('data-point'));
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => mark(second.id).getAttribute('data-status')).toBe('unique');
    await page.keyboard.press('Control+y');
    await page.locator('.user-note--point').waitFor();
    await expect.poll(() => page.locator('.notices').innerText()).toContain('Redid the note of');
  });

  it('saves the corrections in the case and applies them again on reopening', async () => {
    const before = await statuses();
    const text = await save();
    const parsed = parseCaseFile(text);
    expect(parsed.ok && parsed.document.edits.map((e) => e.op)).toEqual(['relabel', 'unlink', 'note']);
    expect(parsed.ok && parsed.document.version).toBe(2);

    await openCase(page, BRIDGE, 'plain.parallax.json');
    await expect.poll(() => page.locator('.claim--corrected').count()).toBe(0);
    await openCase(page, text, 'corrected.parallax.json');
    await expect.poll(statuses).toEqual(before);
    expect(await save()).toBe(text);
  });

  it('re-attaches corrections after a source changes, and warns about one whose words are gone', async () => {
    const parsed = parseCaseFile(await save());
    if (!parsed.ok) throw new Error(parsed.message);
    const changed = {
      ...parsed.document,
      sources: parsed.document.sources.map((s) => {
        let text = s.id === second.source ? s.text.replace('\n\n', '\n\nCrowds gathered at the river at dawn.\n\n') : s.text;
        if (s.id === first.source) text = text.replace(first.text, 'Officials declined to comment on the closure.');
        return { ...s, text };
      }),
    };
    await openCase(page, JSON.stringify(changed), 'changed.parallax.json');
    const warning = page.getByRole('alert').filter({ hasText: 'no longer apply' });
    await warning.waitFor();
    // The relabel and the note were made on the rewritten claim; the unlink still finds its words.
    expect(await warning.locator('li').count()).toBe(2);
    const moved = page.locator('.claim', { hasText: second.text });
    expect(await moved.getAttribute('data-status')).toBe('unique');
    expect(await moved.getAttribute('class')).toContain('claim--corrected');
    await screenshot(page, 'edits-orphaned');
    await warning.getByRole('button', { name: /^Remove the new label/ }).click();
    expect(await page.getByRole('alert').filter({ hasText: 'no longer applies' }).locator('li').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
