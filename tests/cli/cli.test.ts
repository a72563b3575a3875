// End-to-end tests of the real `parallax` bin, run as a child process the way a user runs it.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Analysis } from '../../engine/types';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'cli/bin/parallax.mjs');
const SAMPLE = join(ROOT, 'samples/ablyazov-2013');

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

function parallax(...args: string[]): Result {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A user error: exit 2, exactly one line on stderr starting `parallax: `, no stack frames. */
function expectUserError(r: Result, mentions?: RegExp): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  const lines = r.stderr.slice(0, -1).split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^parallax: \S/);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toContain('    at ');
  expect(r.stderr).not.toContain('internal error');
  if (mentions) expect(lines[0]).toMatch(mentions);
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('parallax analyze (json)', () => {
  let json: string;
  beforeAll(() => {
    const r = parallax('analyze', SAMPLE);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    json = r.stdout;
  });

  it('prints a parallax/analysis@1 document, pretty-printed with a final newline', () => {
    const analysis = JSON.parse(json) as Analysis;
    expect(analysis.schema).toBe('parallax/analysis@1');
    expect(analysis.case.title).toBe('The extradition of Mukhtar Ablyazov (2013)');
    expect(analysis.sources.map((s) => s.id)).toEqual(['amnesty', 'kazakh-officials', 'italian-government']);
    expect(json).toBe(`${JSON.stringify(analysis, null, 2)}\n`);
  });

  it('puts every claim in exactly one point, and points only name known claims', () => {
    const analysis = JSON.parse(json) as Analysis;
    expect(analysis.claims.length).toBeGreaterThan(0);
    const ids = new Set(analysis.claims.map((c) => c.id));
    expect(ids.size).toBe(analysis.claims.length);
    const seen = new Map<string, number>();
    for (const point of analysis.points) {
      for (const id of point.claims) {
        expect(ids.has(id), id).toBe(true);
        seen.set(id, (seen.get(id) ?? 0) + 1);
      }
      expect(point.status === 'unique').toBe(point.claims.length === 1);
      for (const reason of point.reasons) for (const id of reason.claims) expect(point.claims).toContain(id);
    }
    for (const id of ids) expect(seen.get(id), id).toBe(1);
  });

  it('gives claim offsets that slice the source file text to the claim text', () => {
    const analysis = JSON.parse(json) as Analysis;
    const caseFile = JSON.parse(readFileSync(join(SAMPLE, 'case.json'), 'utf8')) as { sources: { id: string; file: string }[] };
    const texts = new Map(caseFile.sources.map((s) => [s.id, readFileSync(join(SAMPLE, s.file), 'utf8')]));
    for (const claim of analysis.claims) {
      const text = texts.get(claim.source);
      expect(text, claim.source).toBeDefined();
      expect(claim.start).toBeLessThan(claim.end);
      expect(text!.slice(claim.start, claim.end), claim.id).toBe(claim.text);
    }
  });

  it('is deterministic: two runs are byte-identical', () => {
    const again = parallax('analyze', SAMPLE);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(json);
  });

  it('--out writes the same document to a file and nothing to stdout', () => {
    const out = join(tmp, 'analysis.json');
    const r = parallax('analyze', SAMPLE, '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(json);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('parallax analyze --format md', () => {
  it('prints a Markdown report with the sources and the three status sections, contested first', () => {
    const r = parallax('analyze', SAMPLE, '--format', 'md');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const md = r.stdout;
    expect(md.startsWith('# The extradition of Mukhtar Ablyazov (2013)\n')).toBe(true);
    expect(md.endsWith('\n')).toBe(true);
    expect(md).toContain('## Sources');
    expect(md).toContain('**Amnesty International** (NGO)');
    const contested = md.indexOf('\n## Contested');
    const agreed = md.indexOf('\n## Agreed');
    const unique = md.indexOf('\n## Only in one source');
    expect(contested).toBeGreaterThan(0);
    expect(agreed).toBeGreaterThan(contested);
    expect(unique).toBeGreaterThan(agreed);
    expect(md).toMatch(/> \*\*Kazakh officials:\*\* “/);
  });

  it('--out writes the report to a file', () => {
    const out = join(tmp, 'report.md');
    const r = parallax('analyze', SAMPLE, '-f', 'md', '-o', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('## Only in one source');
  });
});

describe('parallax analyze with plain files', () => {
  it('compares text files given one by one', () => {
    const a = join(tmp, 'first.md');
    const b = join(tmp, 'second.txt');
    writeFileSync(a, '# First report\n\nPolice arrested 300 protesters in the capital on Monday.\n');
    writeFileSync(b, 'Police arrested more than 1,200 protesters in the capital on Monday.\n');
    const r = parallax('analyze', a, b);
    expect(r.status).toBe(0);
    const analysis = JSON.parse(r.stdout) as Analysis;
    expect(analysis.sources.map((s) => s.name)).toEqual(['First report', 'second']);
    expect(analysis.claims.length).toBeGreaterThanOrEqual(2);
  });
});

describe('parallax pairs', () => {
  it('writes one JSON line per input pair, skipping blank lines', () => {
    const input = join(tmp, 'pairs.jsonl');
    writeFileSync(
      input,
      [
        JSON.stringify({ a: 'The minister signed the order.', b: 'The minister did not sign the order.' }),
        '',
        JSON.stringify({ a: 'The river flooded the valley on Tuesday.', b: 'Bananas are rich in potassium.' }),
        '',
      ].join('\n'),
    );
    const r = parallax('pairs', input);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(Object.keys(lines[0])).toEqual(['relation', 'score', 'reasons']);
    expect(lines[0].relation).toBe('contest');
    expect(lines[1].relation).toBe('unrelated');

    const out = join(tmp, 'pairs-out.jsonl');
    expect(parallax('pairs', input, '--out', out).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(r.stdout);
  });

  it('names the line number of a malformed line', () => {
    const input = join(tmp, 'bad-pairs.jsonl');
    writeFileSync(input, `${JSON.stringify({ a: 'One.', b: 'Two.' })}\n\n{"a": "x", "b": \n`);
    expectUserError(parallax('pairs', input), /line 3/);
    writeFileSync(input, `${JSON.stringify({ a: 'One.', b: 'Two.' })}\n{"a": 1, "b": "x"}\n`);
    expectUserError(parallax('pairs', input), /line 2/);
  });
});

describe('help and version', () => {
  it('--help prints the usage and exits 0', () => {
    const r = parallax('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('parallax analyze');
    expect(r.stdout).toContain('parallax pairs');
  });

  it('--version prints the package version', () => {
    const r = parallax('--version');
    expect(r.status).toBe(0);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });
});

describe('bad input exits 2 with one clear line', () => {
  it('missing file', () => {
    expectUserError(parallax('analyze', join(tmp, 'does-not-exist.md')), /does-not-exist\.md/);
  });

  it('empty source', () => {
    const empty = join(tmp, 'empty.md');
    writeFileSync(empty, '  \n\n');
    expectUserError(parallax('analyze', empty), /empty/);
  });

  it('folder without case.json', () => {
    const folder = join(tmp, 'no-case');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'a.md'), 'Some text.\n');
    expectUserError(parallax('analyze', folder), /case\.json/);
  });

  it('case.json that is not JSON', () => {
    const folder = join(tmp, 'bad-json');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'case.json'), '{\n  "title": "x",\n  "sources": [\n');
    expectUserError(parallax('analyze', folder), /case\.json/);
  });

  it('case.json of the wrong shape', () => {
    const folder = join(tmp, 'bad-shape');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'case.json'), JSON.stringify({ title: 'x', sources: [{ id: 'a', name: 'A' }] }));
    expectUserError(parallax('analyze', folder), /malformed/);
  });

  it('case.json naming a missing source file', () => {
    const folder = join(tmp, 'missing-source');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'case.json'), JSON.stringify({ title: 'x', sources: [{ id: 'a', name: 'A', file: 'gone.md' }] }));
    expectUserError(parallax('analyze', folder), /gone\.md/);
  });

  it('binary file', () => {
    const binary = join(tmp, 'image.md');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    expectUserError(parallax('analyze', binary), /not a text file/);
  });

  it('unknown --format', () => {
    expectUserError(parallax('analyze', SAMPLE, '--format', 'xml'), /--format/);
  });

  it('unknown command', () => {
    expectUserError(parallax('frobnicate'), /frobnicate/);
  });

  it('unknown flag', () => {
    expectUserError(parallax('analyze', SAMPLE, '--colour'), /--colour/);
  });

  it('no command, and a command without its input', () => {
    expectUserError(parallax());
    expectUserError(parallax('analyze'));
    expectUserError(parallax('pairs'));
  });

  it('an option without its value', () => {
    expectUserError(parallax('analyze', SAMPLE, '--format'), /--format/);
  });

  it('--out into a folder that does not exist', () => {
    expectUserError(parallax('analyze', SAMPLE, '--out', join(tmp, 'nowhere', 'x.json')), /cannot write/);
  });
});
