// Headless Chromium for the end-to-end tests, driven by playwright-core (Debian's chromium).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { analyze } from '../../engine/analyze';
import type { Analysis, CaseInput } from '../../engine/types';
import { CASE_FILE_FORMAT, CASE_FILE_VERSION, serializeCase } from '../../shared/case-file';

export const CHROMIUM = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = join('test-results', 'screenshots');

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export async function openApp(browser: Browser, baseUrl: string, viewport = { width: 1366, height: 860 }): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(baseUrl);
  return { context, page, errors };
}

/** Waits until the analysis is in: claims are marked. */
export async function waitForMarks(page: Page, count?: number): Promise<void> {
  if (count === undefined) await page.waitForSelector('.claim[data-point]', { timeout: 30_000 });
  else await page.waitForFunction((n) => document.querySelectorAll('.claim[data-point]').length === n, count, { timeout: 30_000 });
}

/** Opens a case of these sources through the Open… button, as a user does; the caller waits for what it needs. */
export async function openSources(page: Page, input: CaseInput, fileName: string): Promise<void> {
  const text = serializeCase({ format: CASE_FILE_FORMAT, version: CASE_FILE_VERSION, title: input.title, sources: input.sources, edits: [] });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles({ name: fileName, mimeType: 'application/json', buffer: Buffer.from(text) });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

export function sampleInput(): CaseInput {
  const dir = join('samples', 'ablyazov-2013');
  const kase = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { title: string; sources: { id: string; name: string; kind?: string; file: string }[] };
  return {
    title: kase.title,
    sources: kase.sources.map((s) => ({ id: s.id, name: s.name, ...(s.kind ? { kind: s.kind } : {}), text: readFileSync(join(dir, s.file), 'utf8') })),
  };
}

/** What the engine says about the sample: claims per status of their point. */
export function expectedClaimCounts(analysis: Analysis = analyze(sampleInput())): Record<string, number> {
  const counts: Record<string, number> = { agreed: 0, contested: 0, unique: 0 };
  for (const point of analysis.points) counts[point.status] += point.claims.length;
  return counts;
}
