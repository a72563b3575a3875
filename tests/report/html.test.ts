// The HTML report and the Markdown: complete, self-contained and escaped.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { analyze } from '../../engine/analyze';
import { buildReportModel, renderHtmlReport, renderMarkdown, renderAnalysisJson } from '../../report/index';
import { REPORT_CSS } from '../../report/styles';
import { HOSTILE, sampleAnalysis } from './fixtures';

describe('renderHtmlReport', () => {
  const analysis = sampleAnalysis();
  const html = renderHtmlReport(analysis);
  const model = buildReportModel(analysis);

  it('is one document that can load and run nothing', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\shref=|url\(|@import/i);
  });

  it('has every source, a matrix row and a numbered article per point, and every claim', () => {
    for (const s of analysis.sources) expect(html).toContain(s.name);
    expect(html.match(/<article class="point /g)).toHaveLength(model.points.length);
    expect(html.match(/Point \d+ of \d+/g)).toHaveLength(model.points.length);
    const matrixRows = html.slice(html.indexOf('id="matrix-heading"'), html.indexOf('id="points-heading"')).match(/<tr>/g)!;
    expect(matrixRows).toHaveLength(model.points.length + 1);
    const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    // Cue marks split a claim's text; take them out to find each claim whole.
    const plain = html.replace(/<\/?mark[^>]*>/g, '');
    for (const c of analysis.claims) expect(plain).toContain(escape(c.text));
  });

  it('marks the cue words of the reasons and diffs each point’s claims', () => {
    const contested = model.points.filter((p) => p.status === 'contested');
    expect(contested.length).toBeGreaterThan(0);
    expect(html).toContain('<mark class="cue">');
    const multi = model.points.filter((p) => p.claims.length > 1);
    expect(html.match(/<p class="diff">/g)).toHaveLength(multi.reduce((n, p) => n + p.claims.length - 1, 0));
  });

  it('includes the framing summary when the analysis has one, and leaves it out otherwise', () => {
    expect(html).toContain('How each source frames the story');
    const { framing: _framing, ...without } = analysis;
    expect(renderHtmlReport(without as typeof analysis)).not.toContain('How each source frames the story');
  });

  it('escapes every text of a hostile case', () => {
    const hostile = renderHtmlReport(analyze(HOSTILE));
    expect(hostile).not.toMatch(/<(script|img|a|b|i)[\s>]/i);
    expect(hostile).toContain('&lt;script&gt;');
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(hostile).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;) &lt;b&gt;A&lt;/b&gt;');
  });

  it('uses the stylesheet whose hash the app’s CSP admits (for printing in the browser)', () => {
    expect(html).toContain(`<style>${REPORT_CSS}</style>`);
    const hash = createHash('sha256').update(REPORT_CSS, 'utf8').digest('base64');
    const index = readFileSync('renderer/index.html', 'utf8');
    expect(index, `renderer/index.html's style-src needs 'sha256-${hash}' (report/styles.ts changed)`).toContain(`'sha256-${hash}'`);
  });
});

describe('renderMarkdown', () => {
  it('lists the sources and every point under its status, contested first', () => {
    const analysis = sampleAnalysis();
    const md = renderMarkdown(analysis);
    expect(md.startsWith(`# ${analysis.case.title}\n`)).toBe(true);
    expect(md.match(/^### Point \d+: /gm)).toHaveLength(analysis.points.length);
    const order = ['## Contested', '## Agreed', '## Only in one source'].map((h) => md.indexOf(h));
    expect(order[0]).toBeGreaterThan(0);
    expect(order[1]).toBeGreaterThan(order[0]);
    expect(order[2]).toBeGreaterThan(order[1]);
  });

  it('ends with the framing: main frames and voices per source, and the naming table', () => {
    const analysis = sampleAnalysis();
    const md = renderMarkdown(analysis);
    const framing = md.slice(md.indexOf('## How each source frames the story'));
    expect(md.indexOf('## How each source frames the story')).toBeGreaterThan(md.indexOf('## Only in one source'));
    for (const source of analysis.sources) expect(framing).toMatch(new RegExp(`^- \\*\\*${source.name}\\*\\*: main frames `, 'm'));
    const top = analysis.framing.frames.map((f) => f.top).filter(Boolean);
    for (const frame of top) expect(framing).toContain(frame!.replace(/-/g, ' '));
    const table = framing.slice(framing.indexOf('| Actor |'));
    expect(table.split('\n').filter((l) => l.startsWith('| ')).length).toBe(analysis.framing.naming.actors.slice(0, 12).length + 2); // header and separator
    expect(renderMarkdown({ ...analysis, framing: undefined as never })).not.toContain('How each source frames');
  });

  it('escapes Markdown in untrusted text', () => {
    const md = renderMarkdown(analyze(HOSTILE));
    expect(md).toContain('\\<script\\>');
    expect(md).not.toMatch(/<script>/);
  });
});

describe('renderAnalysisJson', () => {
  it('is the analysis document, pretty-printed', () => {
    const analysis = sampleAnalysis();
    expect(JSON.parse(renderAnalysisJson(analysis))).toEqual(analysis);
  });

  it('applies the user’s corrections: a relabelled point carries the user’s status and the engine’s', () => {
    const analysis = sampleAnalysis();
    const unique = analysis.points.find((p) => p.status === 'unique')!;
    const claim = analysis.claims.find((c) => c.id === unique.claims[0])!;
    const edited = JSON.parse(renderAnalysisJson(analysis, [{ id: 'e1', op: 'relabel', claim: { source: claim.source, text: claim.text, at: claim.start }, status: 'contested' }]));
    const point = edited.points.find((p: { claims: string[] }) => p.claims.includes(claim.id));
    expect(point).toMatchObject({ status: 'contested', decidedBy: 'user', engineStatus: 'unique' });
  });
});
