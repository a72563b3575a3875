// `parallax analyze` on a case saved by the app applies the corrections saved in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyze } from '../../engine/analyze';
import { refOf, type Edit } from '../../engine/edits';
import type { Analysis } from '../../engine/types';
import { emptyCase, serializeCase } from '../../shared/case-file';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'cli/bin/parallax.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

const sources = [
  { id: 'city', name: 'City hall', text: 'The council closed the bridge on Monday. Nobody was injured in the collapse.' },
  { id: 'union', name: 'Union', text: 'The bridge was closed by the council on Monday. Three workers were injured in the collapse.' },
];
const plain = analyze({ title: 'Bridge', sources });
const claimWith = (words: string) => plain.claims.find((c) => c.text.includes(words))!;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'parallax-cli-edits-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function writeCase(name: string, edits: Edit[]): string {
  const path = join(tmp, name);
  writeFileSync(path, serializeCase({ ...emptyCase('Bridge'), sources, edits }));
  return path;
}

describe('parallax analyze CASE.parallax.json', () => {
  it('applies the case’s corrections to the analysis it prints', () => {
    const injured = claimWith('Three workers');
    const edits: Edit[] = [
      { id: 'e1', op: 'unlink', claim: refOf(injured) },
      { id: 'e2', op: 'note', target: 'point', claim: refOf(injured), text: 'The union counts contractors.' },
    ];
    const r = run('analyze', writeCase('bridge.parallax.json', edits));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const analysis = JSON.parse(r.stdout) as Analysis;
    const point = analysis.points.find((p) => p.claims.includes(injured.id))!;
    expect(point).toMatchObject({ id: 'u-e1', status: 'unique', claims: [injured.id], decidedBy: 'user', note: 'The union counts contractors.' });
    expect(analysis.points.length).toBe(plain.points.length + (plain.points.find((p) => p.claims.includes(injured.id))!.claims.length > 1 ? 1 : 0));
  });

  it('shows the corrected status in the Markdown report too', () => {
    const closed = claimWith('closed by the council');
    const edits: Edit[] = [{ id: 'e1', op: 'relabel', claim: refOf(closed), status: 'contested' }];
    const r = run('analyze', writeCase('relabelled.parallax.json', edits), '--format', 'md');
    expect(r.status).toBe(0);
    const contested = r.stdout.slice(r.stdout.indexOf('## Contested'), r.stdout.indexOf('## Agreed'));
    expect(contested).toContain('closed by the council');
  });

  it('warns on one line about a correction whose claim is gone, and still succeeds', () => {
    const edits: Edit[] = [{ id: 'e7', op: 'relabel', claim: { source: 'city', text: 'The bridge never closed.', at: 0 }, status: 'agreed' }];
    const r = run('analyze', writeCase('orphan.parallax.json', edits));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('parallax: warning: 1 correction (e7) names a claim no longer in the texts; skipped. Open the case in Parallax to review.\n');
    expect((JSON.parse(r.stdout) as Analysis).points).toEqual(plain.points);
  });

  it('refuses a damaged case file with one line naming it', () => {
    const path = join(tmp, 'broken.parallax.json');
    writeFileSync(path, '{"format": "parallax-case", "version": 2, "title": 5}');
    const r = run('analyze', path);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^parallax: .*broken\.parallax\.json is damaged: title: .*\n$/);
  });

  it('refuses a case from a newer Parallax', () => {
    const path = join(tmp, 'future.parallax.json');
    writeFileSync(path, JSON.stringify({ format: 'parallax-case', version: 9, title: 'x', sources: [] }));
    const r = run('analyze', path);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/saved by a newer Parallax \(case format 9\)/);
  });
});
