// The exports in Chromium: the HTML report loads nothing and logs nothing, prints to a PDF with
// every point, the worksheet's key matches the analysis, and the app's Export dialog writes them.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { analyze } from '../../engine/analyze';
import { buildReportModel, renderHtmlReport, renderWorksheet, worksheetNumbers } from '../../report/index';
import { launch, openApp, sampleInput, screenshot, waitForMarks } from './browser';

const analysis = analyze(sampleInput());
const model = buildReportModel(analysis);
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A page that records every request and every console error or page error. */
async function isolatedPage(): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, requests, errors };
}

/** The text of each page of a PDF, with pdf.js (as the app's PDF import reads text). */
async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  await pdf.destroy();
  return pages;
}

describe('the HTML report', () => {
  it('opens with no request at all and no console error', async () => {
    const { page, requests, errors } = await isolatedPage();
    await page.setContent(renderHtmlReport(analysis), { waitUntil: 'load' });
    expect(await page.locator('article.point').count()).toBe(model.points.length);
    expect(await page.locator('.matrix tbody tr').count()).toBe(model.points.length);
    // Styles apply (inline stylesheet, no external sheet): a contested cell is tinted.
    expect(await page.locator('.stance--contests').first().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(251, 234, 223)');
    await screenshot(page, 'report-html');
    await page.locator('#point-1').scrollIntoViewIfNeeded();
    await page.locator(`.point--contested`).first().scrollIntoViewIfNeeded();
    await screenshot(page, 'report-html-points');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('prints to a PDF that has every point, with the sections on pages of their own', async () => {
    const { page } = await isolatedPage();
    await page.setContent(renderHtmlReport(analysis), { waitUntil: 'load' });
    const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
    const text = pages.join(' ');
    const numbers = [...text.matchAll(/Point (\d+) of (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(numbers).toEqual(model.points.map((_, i) => [i + 1, model.points.length]));
    const pageOf = (heading: string) => pages.findIndex((p) => p.includes(heading));
    expect(pageOf('Points by source')).toBeGreaterThan(pageOf('Sources'));
    expect(pageOf('Every point, with its reasons')).toBeGreaterThan(pageOf('Points by source'));
    expect(pageOf('How each source frames the story')).toBeGreaterThan(pageOf('Every point, with its reasons'));
    await page.context().close();
  });
});

describe('the worksheet', () => {
  it('its answer key gives every numbered claim its status and links, on pages after the sheet', async () => {
    const { page, requests, errors } = await isolatedPage();
    await page.setContent(renderWorksheet(analysis, { key: true }), { waitUntil: 'load' });
    await screenshot(page, 'worksheet');
    const rows = await page.$$eval('.answer-key tbody tr', (trs) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim());
        return { n: Number(cells[0]), status: cells[2], links: [...cells[3].matchAll(/(\d+) \(/g)].map((m) => Number(m[1])) };
      }),
    );
    const entries = worksheetNumbers(model);
    const numberOf = new Map(entries.map((e) => [e.claim.id, e.number]));
    const word = { agreed: 'agreed', contested: 'contested', unique: 'only here' };
    expect(rows).toEqual(
      entries.map((e) => ({ n: e.number, status: word[e.point.status], links: e.point.claims.filter((id) => id !== e.claim.id).map((id) => numberOf.get(id)!).sort((a, b) => a - b) })),
    );
    const sheetNumbers = await page.$$eval('.sheet-claims tbody td.num', (tds) => tds.map((td) => Number(td.textContent)));
    expect(sheetNumbers).toEqual(rows.map((r) => r.n));
    await page.locator('.answer-key').scrollIntoViewIfNeeded();
    await screenshot(page, 'worksheet-key');
    const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
    const keyPage = pages.findIndex((p) => p.includes('answer key'));
    const discussionPage = pages.findIndex((p) => p.includes('Discussion'));
    expect(discussionPage).toBeGreaterThan(0);
    expect(keyPage).toBeGreaterThan(discussionPage);
    expect(pages[keyPage].split('answer key')[0]).not.toContain('What would you need to know');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('Export… in the app', () => {
  it('offers every format, downloads the HTML report, and opens the report styled for printing', async () => {
    const { context, page, errors } = await openApp(browser, inject('baseUrl'));
    await context.addInitScript(() => {
      window.print = () => void ((window as unknown as { printed: boolean }).printed = true);
    });
    await waitForMarks(page, analysis.claims.length);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    const choices = await dialog.locator('.export-choices button strong').allInnerTexts();
    expect(choices).toEqual(['Report (HTML)', 'Report (PDF)', 'Worksheet for students (HTML)', 'Worksheet with answer key (HTML)', 'Report (Markdown)', 'Matrix (CSV)', 'Reasons (CSV)', 'Analysis data (JSON)']);
    await screenshot(page, 'export-dialog');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /Report \(HTML\)/ }).click()]);
    expect(download.suggestedFilename()).toBe('The extradition of Mukhtar Ablyazov (2013) report.html');
    const html = readFileSync((await download.path())!, 'utf8');
    expect(html.match(/Point \d+ of \d+/g)).toHaveLength(model.points.length);

    await page.getByRole('button', { name: 'Export…' }).click();
    const [reasonsCsv] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: /Reasons \(CSV\)/ }).click()]);
    expect(reasonsCsv.suggestedFilename()).toBe('The extradition of Mukhtar Ablyazov (2013) reasons.csv');
    const csvRows = readFileSync((await reasonsCsv.path())!, 'utf8').split('\r\n');
    expect(csvRows[0]).toBe('Point,Status,Reason,Source,Claim,Cue words,Other source,Other claim,Other cue words,Explanation');
    // A header, one row per reason, and the last line's end.
    expect(csvRows).toHaveLength(model.points.reduce((n, p) => n + p.reasons.length, 0) + 2);

    await page.getByRole('button', { name: 'Export…' }).click();
    const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: /Report \(PDF\)/ }).click()]);
    const tabErrors: string[] = [];
    tab.on('console', (m) => m.type() === 'error' && tabErrors.push(m.text()));
    await tab.waitForLoadState('load');
    // The app's CSP, which the tab inherits, admits the report's stylesheet by its hash.
    await expect.poll(() => tab.locator('.stance--contests').first().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(251, 234, 223)');
    await expect.poll(() => tab.evaluate(() => (window as unknown as { printed?: boolean }).printed === true)).toBe(true);
    expect(tabErrors).toEqual([]);
    await expect.poll(() => page.locator('.notice').last().innerText()).toMatch(/Save as PDF/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
