// axe-core on the main views: no serious or critical violations, in light and dark.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp, screenshot, waitForMarks } from './browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;
let page: Page;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  // page.evaluate runs through the DevTools protocol, which the page's CSP does not restrict.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(async () => {
  browser = await launch();
  ({ page } = await openApp(browser, inject('baseUrl')));
  await waitForMarks(page);
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility', () => {
  it('the side-by-side view has no serious or critical axe violations', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('nor with the details drawer open', async () => {
    await page.locator('.claim[data-status="contested"]').first().click();
    await page.locator('.drawer').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('nor the matrix', async () => {
    await page.getByRole('tab', { name: /Matrix/ }).click();
    await page.locator('.matrix table').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('nor the dark theme', async () => {
    await page.getByRole('tab', { name: 'Side by side' }).click();
    await page.getByRole('button', { name: 'Dark' }).click();
    await page.mouse.move(0, 0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'dark-theme');
  });

  it('nor presentation mode, on a projector-sized screen', async () => {
    await page.getByRole('button', { name: 'Light' }).click();
    await page.getByRole('button', { name: 'Present' }).click();
    await page.setViewportSize({ width: 1920, height: 1080 });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'presentation-1920');
  });
});
