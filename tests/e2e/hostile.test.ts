// A hostile web page, and Markdown carrying HTML, imported in the browser build: nothing in them
// runs, loads or lands in the live page, and their text still arrives as sources.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp, waitForMarks } from './browser';

const EVIL = 'http://hostile.invalid';
const PARAGRAPHS = [
  'The harbour council voted on Tuesday evening to approve a new timetable for the island ferry, adding two early crossings on weekdays.',
  'Residents of the island had asked for the early crossings for years, saying that pupils could not reach the mainland in time.',
  'The ferry operator said the extra crossings would cost about four hundred thousand euros a year.',
  'Opposition councillors voted against the plan, arguing that the money would be better spent on the harbour wall.',
];

// Every trick a saved page could play: scripts inline, remote and in SVG, event handlers, javascript:
// links, CSS that fetches, frames, plugins, media, forms, refresh, <base>, and DOMPurify's classic
// mutation-XSS shapes (math/mglyph/style, noscript attribute breakout).
const HOSTILE_PAGE = `<!doctype html>
<html><head>
<meta http-equiv="refresh" content="0;url=${EVIL}/refresh">
<meta http-equiv="Content-Security-Policy" content="script-src *">
<base href="${EVIL}/base/">
<title>Harbour council approves ferry timetable</title>
<style>body { background: url(${EVIL}/style.png) } @import url("${EVIL}/import.css");</style>
<link rel="stylesheet" href="${EVIL}/linked.css"><link rel="prefetch" href="${EVIL}/prefetch"><link rel="icon" href="${EVIL}/icon.png">
<script>window.__pwned = 'inline script'; alert('inline script');</script>
<script src="${EVIL}/remote.js"></script>
</head>
<body onload="alert('body onload')">
<article>
<h1>Harbour council approves the new ferry timetable</h1>
<p>${PARAGRAPHS[0]}</p>
<p><img src="x" onerror="window.__pwned = 'img'; alert('img onerror')">${PARAGRAPHS[1]} <a href="javascript:alert('javascript link')">Read the petition</a>.</p>
<iframe src="${EVIL}/frame" srcdoc="<script>parent.alert('srcdoc')</script>"></iframe>
<svg xmlns="http://www.w3.org/2000/svg" onload="alert('svg onload')"><script>alert('svg script')</script><image href="${EVIL}/svg.png"/></svg>
<p style="background-image: url(${EVIL}/inline-style.png)">${PARAGRAPHS[2]}</p>
<object data="${EVIL}/object.swf"></object><embed src="${EVIL}/embed.swf">
<video poster="${EVIL}/poster.png" src="${EVIL}/video.mp4" autoplay></video><audio src="${EVIL}/a.mp3" autoplay></audio>
<form action="${EVIL}/form"><input autofocus onfocus="alert('autofocus')"><button formaction="javascript:alert('formaction')">Go</button></form>
<details open ontoggle="alert('details toggle')"><summary>More</summary></details>
<math><mtext><table><mglyph><style><img src=x onerror="alert('mxss')"></style></mglyph></table></mtext></math>
<noscript><p title="</noscript><img src=x onerror=alert('noscript')>"></p></noscript>
<template><img src="x" onerror="alert('template')"></template>
<a href="${EVIL}/ping" ping="${EVIL}/ping-track">Council minutes</a>
<p>${PARAGRAPHS[3]}</p>
</article>
</body></html>`;

// Markdown is text: HTML inside it must be shown as characters, never rendered.
const HOSTILE_MARKDOWN = `# Notes on the ferry vote

The council approved the timetable <img src=x onerror="alert('markdown img')"> after a long debate.

<script>alert('markdown script')</script> [petition](javascript:alert('markdown link'))
`;

let browser: Browser;
let page: Page;
let errors: string[];
const dialogs: string[] = [];
const foreignRequests: string[] = [];
let origin: string;

beforeAll(async () => {
  browser = await launch();
  const baseUrl = inject('baseUrl');
  origin = new URL(baseUrl).origin;
  ({ page, errors } = await openApp(browser, baseUrl));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:')) foreignRequests.push(url);
  });
  await waitForMarks(page);
});
afterAll(async () => {
  await browser?.close();
});

/** The source's text as shown, without the screen-reader labels of its claim marks. */
const columnText = (page: Page, index: number) =>
  page.locator('.column').nth(index).locator('.column-body').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.sr-only').forEach((label) => label.remove());
    return copy.textContent ?? '';
  });

const DANGEROUS = 'script, iframe, object, embed, base, meta[http-equiv], link[href*="invalid"], style:not([data-vite-dev-id]), svg script, video, audio, form, [onerror], [onload], [onfocus], [ontoggle], [style*="url("]';

describe('hostile imports', () => {
  it('reduce a hostile page and hostile Markdown to their text, running and loading nothing', async () => {
    const dangerousBefore = await page.locator(DANGEROUS).count();
    const columnsBefore = await page.locator('.column').count();
    await page.getByRole('button', { name: 'Sources…' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /Import files/ }).click();
    await (await chooser).setFiles([
      { name: 'harbour-news.html', mimeType: 'text/html', buffer: Buffer.from(HOSTILE_PAGE) },
      { name: 'ferry-notes.md', mimeType: 'text/markdown', buffer: Buffer.from(HOSTILE_MARKDOWN) },
    ]);
    await page.waitForFunction((n) => document.querySelectorAll('.column').length === n + 2, columnsBefore, { timeout: 30_000 });
    await page.keyboard.press('Escape');
    // Give anything that slipped through (timers, refresh, autoplay, autofocus) time to fire.
    await page.waitForTimeout(1500);
    await page.waitForFunction(() => ![...document.querySelectorAll('.column-pending')].some((p) => p.textContent === 'Loading…'));

    const html = (await columnText(page, columnsBefore)).replace(/\s+/g, ' ');
    for (const paragraph of PARAGRAPHS) expect(html).toContain(paragraph);
    expect(html).toContain('Read the petition');
    expect(html).not.toMatch(/alert|onerror|__pwned|<|hostile\.invalid/);

    const markdown = await columnText(page, columnsBefore + 1);
    expect(markdown).toContain(`The council approved the timetable <img src=x onerror="alert('markdown img')"> after a long debate.`);
    expect(markdown).toContain(`<script>alert('markdown script')</script>`);

    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(await page.locator(DANGEROUS).count()).toBe(dangerousBefore);
    expect(page.url().startsWith(origin)).toBe(true);
  });

  it('leaves no console error at all: the page is defused before any DOM parses it', () => {
    // Even an inert DOMParser document has Chromium check inline handlers, inline styles and
    // <base> against the CSP (a console error each); renderer/import/defuse-html.ts strips them first.
    expect(errors).toEqual([]);
  });
});
