// Interaction budget of the comparison view, measured in real headless Chromium against the
// built browser version (run: npm run bench:ui). Not a test: it prints numbers.
//   1. the sample is interactive within 1.5 s of page load (claims marked and clickable);
//   2. hover highlighting answers within 50 ms (mouseover to the partners lit, next frame painted);
//   3. analysing 10 sources x 5,000 words never blocks the UI thread for more than 100 ms
//      (PerformanceObserver 'longtask' from opening the case until its marks are on screen).
import { build, preview } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { syntheticCase } from './synthetic';
import { CASE_FILE_FORMAT, CASE_FILE_VERSION, serializeCase } from '../shared/case-file';

const CHROMIUM = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';
const BUDGET = { interactiveMs: 1500, hoverMs: 50, longTaskMs: 100 };

// Runs in the page before any of its scripts (through DevTools, so the CSP does not apply).
const INSTRUMENT = `
  window.__bench = { longTasks: [], firstMarks: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector('.claim[data-point]')) {
      window.__bench.firstMarks = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

interface Bench {
  longTasks: { start: number; duration: number }[];
  firstMarks: number | null;
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
};
const ms = (n: number) => `${n.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');

async function interactive(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __bench: Bench }).__bench.firstMarks !== null, undefined, { timeout: 30_000 });
  // Interactive: a click on a claim opens its details.
  await page.locator('.claim[data-point]').first().click();
  await page.locator('.drawer').waitFor();
  return page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.firstMarks!);
}

async function hoverLatencies(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const claims = [...document.querySelectorAll<HTMLElement>('.claim[data-point]')];
    const out: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const claim of claims) {
        const partners = [...document.querySelectorAll<HTMLElement>(`.claim[data-point="${claim.dataset.point}"]`)];
        await frame();
        const start = performance.now();
        claim.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        if (!partners.every((p) => p.classList.contains('is-linked'))) throw new Error('partners were not highlighted');
        await frame(); // the highlight is on screen once the next frame is produced
        out.push(performance.now() - start);
      }
    }
    return out;
  });
}

async function bigCase(page: Page): Promise<{ analysisMs: number; tasks: Bench['longTasks']; words: number }> {
  const input = syntheticCase(10, 5000);
  const words = input.sources.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
  const file = serializeCase({ format: CASE_FILE_FORMAT, version: CASE_FILE_VERSION, title: input.title, sources: input.sources, edits: {} });
  await page.keyboard.press('Escape');
  const since = await page.evaluate(() => performance.now());
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles({ name: 'big.parallax.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.waitForFunction(() => document.querySelectorAll('.column').length === 10);
  // While the worker runs, keep the UI busy the way a user would: hover and scroll.
  const started = Date.now();
  let done = false;
  const marked = page
    .waitForFunction(() => document.querySelectorAll('.column:nth-child(10) .claim[data-point]').length > 0, undefined, { timeout: 600_000, polling: 500 })
    .then(() => (done = true));
  while (!done) {
    await page.mouse.move(200 + Math.random() * 800, 200 + Math.random() * 500);
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(250);
  }
  await marked;
  // Hover a few claims of the big case too, so their long tasks (if any) are counted.
  const claims = page.locator('.claim[data-point]');
  for (let i = 0; i < 5; i++) await claims.nth(i * 40).hover();
  const tasks = await page.evaluate((t0) => (window as unknown as { __bench: Bench }).__bench.longTasks.filter((t) => t.start >= t0), since);
  return { analysisMs: Date.now() - started, tasks, words };
}

async function main() {
  console.log('ui-bench: building the browser version…');
  await build({ configFile: 'vite.web.config.ts', logLevel: 'warn' });
  const server = await preview({ configFile: 'vite.web.config.ts', logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, open: false } });
  const url = server.resolvedUrls!.local[0];
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const loads: number[] = [];
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
      const page = await context.newPage();
      await page.addInitScript(INSTRUMENT);
      loads.push(await interactive(page, url));
      await context.close();
    }
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
    const page = await context.newPage();
    await page.addInitScript(INSTRUMENT);
    await interactive(page, url);
    const hover = stats(await hoverLatencies(page));
    const load = stats(loads);
    console.log(`sample interactive after load:   median ${ms(load.median)}, worst ${ms(load.max)} of 3 loads (budget ${BUDGET.interactiveMs} ms): ${verdict(load.max <= BUDGET.interactiveMs)}`);
    console.log(`hover highlight (to next frame):  median ${ms(hover.median)}, p95 ${ms(hover.p95)}, max ${ms(hover.max)} (budget ${BUDGET.hoverMs} ms): ${verdict(hover.p95 <= BUDGET.hoverMs)}`);

    const big = await bigCase(page);
    const longest = big.tasks.reduce((m, t) => Math.max(m, t.duration), 0);
    console.log(`10 sources x 5,000 words (${big.words.toLocaleString('en')} words): analysis + render ${(big.analysisMs / 1000).toFixed(1)} s`);
    console.log(
      `  long tasks on the UI thread:    ${big.tasks.length} (${big.tasks.map((t) => Math.round(t.duration)).join(', ') || 'none'} ms), longest ${ms(longest)} (budget ${BUDGET.longTaskMs} ms): ${verdict(longest <= BUDGET.longTaskMs)}`,
    );
    await context.close();
  } finally {
    await browser.close();
    server.httpServer.close();
  }
}

await main();
