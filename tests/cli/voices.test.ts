// `parallax voices`, run as a child process the way a user runs it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'cli/bin/parallax.mjs');
const ARTICLE = join(ROOT, 'tests/fixtures/articles/ablyazov-trend-2013.txt');

function parallax(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'parallax-voices-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('parallax voices', () => {
  it('writes a case folder whose sources are exact statements of the article', () => {
    const out = join(tmp, 'case');
    const r = parallax(ROOT, 'voices', ARTICLE, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Wrote 3 voices/);
    const manifest = JSON.parse(readFileSync(join(out, 'case.json'), 'utf8'));
    expect(manifest.schema).toBe('parallax/case@1');
    expect(manifest.sources.map((s: { name: string }) => s.name)).toEqual(['Amnesty International', 'Kazakh officials and experts', 'Italian officials']);
    const article = readFileSync(ARTICLE, 'utf8');
    for (const source of manifest.sources as { file: string }[]) {
      const paragraphs = readFileSync(join(out, source.file), 'utf8').trim().split('\n\n');
      for (const paragraph of paragraphs) expect(article).toContain(paragraph);
    }
    // The folder is a case the analyze command reads.
    const analyzed = parallax(ROOT, 'analyze', out);
    expect(analyzed.status, analyzed.stderr).toBe(0);
    expect(JSON.parse(analyzed.stdout).sources).toHaveLength(3);
  });

  it('writes next to the working folder by default and never overwrites a folder with files', () => {
    const r = parallax(tmp, 'voices', ARTICLE);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(tmp, 'ablyazov-trend-2013-voices'))).toContain('case.json');
    const again = parallax(tmp, 'voices', ARTICLE);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/^parallax: .*is not empty; choose another --out/);
  });

  it('says so, in one line, when the article quotes no one or is missing', () => {
    const plain = join(tmp, 'plain.txt');
    writeFileSync(plain, 'The river flooded the town on Monday. Schools were closed.\n');
    const r = parallax(tmp, 'voices', plain, '--out', join(tmp, 'none'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^parallax: .*quotes no one/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const missing = parallax(tmp, 'voices', join(tmp, 'nope.txt'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^parallax: cannot read/);
    expect(parallax(tmp, 'voices').stderr).toMatch(/voices needs an article/);
  });
});
