// The CLI's report formats, worksheet and check, run as a user runs them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ClaimCheck } from '../../engine/check-claim';

const ROOT = resolve(__dirname, '../..');
const SAMPLE = join(ROOT, 'samples/ablyazov-2013');

function parallax(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'cli/bin/parallax.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectUserError(r: ReturnType<typeof parallax>, mentions: RegExp): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^parallax: [^\n]+\n$/);
  expect(r.stderr).toMatch(mentions);
}

let tmp: string;
let points: number;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'parallax-cli-reports-'));
  points = (JSON.parse(parallax('analyze', SAMPLE).stdout) as { points: unknown[] }).points.length;
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('parallax analyze --format html|csv', () => {
  it('html: a self-contained report with every point', () => {
    const r = parallax('analyze', SAMPLE, '--format', 'html');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(r.stdout).not.toMatch(/<script|\ssrc=|\shref=/i);
    expect(r.stdout.match(/Point \d+ of \d+/g)).toHaveLength(points);
  });

  it('csv: a header and one CRLF row per point, to a file with --out', () => {
    const out = join(tmp, 'matrix.csv');
    const r = parallax('analyze', SAMPLE, '-f', 'csv', '-o', out);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
    const rows = readFileSync(out, 'utf8').split('\r\n');
    expect(rows.pop()).toBe('');
    expect(rows[0]).toBe('Point,Status,Summary,Amnesty International,Amnesty International: claim,Kazakh officials,Kazakh officials: claim,Italian government,Italian government: claim');
    expect(rows).toHaveLength(points + 1);
  });
});

describe('parallax analyze --format reasons-csv', () => {
  it('writes a header and one CRLF row per reason of every point', () => {
    const analysis = JSON.parse(parallax('analyze', SAMPLE).stdout) as { points: { reasons: unknown[] }[] };
    const r = parallax('analyze', SAMPLE, '--format', 'reasons-csv');
    expect([r.status, r.stderr]).toEqual([0, '']);
    const rows = r.stdout.split('\r\n');
    expect(rows.pop()).toBe('');
    expect(rows[0]).toBe('Point,Status,Reason,Source,Claim,Cue words,Other source,Other claim,Other cue words,Explanation');
    expect(rows).toHaveLength(analysis.points.reduce((n, p) => n + p.reasons.length, 0) + 1);
  });

  it('names the formats when one is unknown', () => {
    const r = parallax('analyze', SAMPLE, '--format', 'xlsx');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('use json, md, html, csv or reasons-csv.');
  });
});

describe('parallax worksheet', () => {
  it('writes the worksheet without the key, and with --key adds it', () => {
    const sheet = parallax('worksheet', SAMPLE);
    expect(sheet.status).toBe(0);
    expect(sheet.stdout).toContain(': worksheet</h1>');
    expect(sheet.stdout).not.toContain('answer key');
    const out = join(tmp, 'sheet.html');
    expect(parallax('worksheet', SAMPLE, '--key', '--out', out).status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain(': answer key</h1>');
    expect(html.match(/<tr data-claim-number=/g)!.length).toBe(html.match(/<td class="boxes">/g)!.length);
  });

  it('refuses --format, and --key elsewhere', () => {
    expectUserError(parallax('worksheet', SAMPLE, '--format', 'md'), /--format is not an option of worksheet/);
    expectUserError(parallax('analyze', SAMPLE, '--key'), /--key is an option of worksheet/);
    expectUserError(parallax('worksheet'), /worksheet needs a case/);
  });
});

describe('parallax check', () => {
  it('prints each source’s verdict with the deciding claim and the reason', () => {
    const r = parallax('check', SAMPLE, 'Ablyazov was not involved in the Zhanaozen riots.');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Claim: Ablyazov was not involved in the Zhanaozen riots\.\n/);
    expect(r.stdout).toContain('≠ Kazakh officials: contests\n    “According to Kazakh officials and media, Ablyazov was directly involved');
    expect(r.stdout).toContain('– Amnesty International: silent');
  });

  it('--format json gives the ClaimCheck document', () => {
    const check = JSON.parse(parallax('check', SAMPLE, 'Ablyazov was involved in the Zhanaozen riots.', '--format', 'json').stdout) as ClaimCheck;
    expect(check.sources.map((s) => [s.source, s.verdict])).toEqual([
      ['amnesty', 'silent'],
      ['kazakh-officials', 'supports'],
      ['italian-government', 'silent'],
    ]);
  });

  it('needs a claim, not an empty one, not a whole article', () => {
    expectUserError(parallax('check', SAMPLE), /check needs a case and a claim/);
    expectUserError(parallax('check', SAMPLE, '   '), /claim to check is empty/);
    expectUserError(parallax('check', SAMPLE, 'word '.repeat(300)), /one claim \(at most 1000\)/);
    expectUserError(parallax('check', SAMPLE, 'x', '--format', 'md'), /use text or json/);
  });
});
