// "Check a claim" in the app: the worker answers with the engine's verdicts, each row quotes its
// deciding sentence and reason, and a click shows that claim in its column.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { analyze } from '../../engine/analyze';
import { checkClaim, prepareCheck } from '../../engine/check-claim';
import { launch, openApp, sampleInput, screenshot, waitForMarks } from './browser';

const input = sampleInput();
const analysis = analyze(input);
const context = prepareCheck(input);
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

async function check(claim: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'Check a claim' });
  await box.fill(claim);
  await box.press('Enter');
  await page.locator('.check-status').filter({ hasText: claim }).waitFor({ timeout: 30_000 });
}

const rows = () =>
  page.$$eval('.check-results li', (items) =>
    items.map((li) => ({
      verdict: li.querySelector('.check-verdict')!.textContent!.replace(/^\W+/, '').trim(),
      source: li.querySelector('.check-source')!.textContent!,
      quote: li.querySelector('.check-claim-mark')?.textContent ?? null,
      reason: li.querySelector('.check-reason')?.textContent ?? null,
    })),
  );

describe('Check a claim', () => {
  it('shows, per source, the verdict the engine gives, with the deciding claim and its reason', async () => {
    await page.getByRole('button', { name: 'Check a claim' }).click();
    const claim = 'Ablyazov was not involved in the Zhanaozen riots.';
    await check(claim);
    const expected = checkClaim(context, claim);
    const label = { supports: 'Supports', contests: 'Contests', silent: 'Silent' };
    expect(await rows()).toEqual(
      expected.sources.map((s) => ({
        verdict: label[s.verdict],
        source: input.sources.find((x) => x.id === s.source)!.name,
        quote: s.claim?.text ?? null,
        reason: s.claim ? s.reasons.map((r) => r.detail).join(' ') : null,
      })),
    );
    expect(expected.sources.map((s) => s.verdict)).toContain('contests');
    await screenshot(page, 'check-claim');
  });

  it('clicking a row selects that claim in its column and brings it into view', async () => {
    const expected = checkClaim(context, 'Ablyazov was not involved in the Zhanaozen riots.');
    const deciding = expected.sources.find((s) => s.claim)!;
    await page.locator('button.check-row').first().click();
    const claim = page.locator(`.claim[data-claim="${deciding.claim!.id}"]`);
    await expect.poll(() => claim.getAttribute('class')).toMatch(/is-checked/);
    expect(await claim.getAttribute('class')).toMatch(/is-selected/);
    await expect.poll(() => claim.evaluate((el) => el === document.activeElement)).toBe(true);
    const inView = await claim.evaluate((el) => {
      const box = el.closest('.column-body')!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return r.top >= box.top && r.top <= box.bottom;
    });
    expect(inView).toBe(true);
    await screenshot(page, 'check-claim-selected');
  });

  it('an unrelated claim is silent everywhere; an empty one asks for a claim', async () => {
    await check('The orchestra performed a new symphony in the cathedral.');
    expect((await rows()).map((r) => r.verdict)).toEqual(['Silent', 'Silent', 'Silent']);
    expect(await page.locator('button.check-row').count()).toBe(0);
    await page.getByRole('textbox', { name: 'Check a claim' }).fill('  ');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => page.locator('.check-status').innerText()).toMatch(/Type a claim to check/);
  });

  it('logs no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
