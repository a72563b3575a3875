// The command line's limits and notices: a source over 2 MB and a case over the app's source
// limit are refused in one line; a source not in English gets a note and is still analysed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MAX_SOURCES } from '../../shared/case-file';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'cli/bin/parallax.mjs');

const FRENCH = `Le gouvernement italien a reconnu mardi que l'expulsion d'Alma Shalabayeva et de sa fille vers le Kazakhstan était irrégulière. Le ministre de l'Intérieur a déclaré qu'il n'avait pas été informé de l'opération. L'opposition a demandé sa démission et a dénoncé une remise illégale à un régime autoritaire.`;
const ENGLISH = 'The Italian government admitted on Tuesday that the expulsion of Alma Shalabayeva and her daughter to Kazakhstan was irregular. The interior minister said he had not been told of the operation. The opposition demanded his resignation.';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'parallax-limits-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function parallax(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

describe('command-line limits', () => {
  it('refuses a source over 2 MB, naming it and the limit', () => {
    const big = file('huge.txt', 'The council met. '.repeat(130_000));
    const r = parallax('analyze', big, file('small.txt', ENGLISH));
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`parallax: ${big} is 2.1 MB; a source may be at most 2 MB.\n`);
  });

  it(`refuses more than ${MAX_SOURCES} sources before analysing anything`, () => {
    const files = Array.from({ length: MAX_SOURCES + 1 }, (_, i) => file(`s${i}.txt`, ENGLISH));
    const r = parallax('analyze', ...files);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`parallax: ${MAX_SOURCES + 1} sources given; a case compares at most ${MAX_SOURCES} (as in the app). Split them into smaller cases.\n`);
  });

  it('notes a source that is not in English on stderr, and still analyses it', () => {
    const r = parallax('analyze', file('le-monde.txt', FRENCH), file('wire.txt', ENGLISH));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("parallax: note: le-monde looks like French: Parallax's analysis is tuned for English, so claims in it may be split or matched less well.\n");
    expect(JSON.parse(r.stdout).sources).toHaveLength(2);
  });

  it('reads a Windows-1251 file and names its language (read as Windows-1252 it would be Latin mojibake, not Russian)', () => {
    const russian = 'Правительство Италии во вторник признало, что высылка Аломы Шалабаевой и её дочери в Казахстан была незаконной. Министр внутренних дел заявил, что не был проинформирован об операции. Оппозиция потребовала его отставки.';
    const bytes = Buffer.from([...russian].map((ch) => (ch.codePointAt(0)! < 0x80 ? ch.codePointAt(0)! : ch === 'ё' ? 0xb8 : ch.codePointAt(0)! - 0x410 + 0xc0)));
    const r = parallax('analyze', file('rus.txt', bytes), file('wire.txt', ENGLISH));
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^parallax: note: rus looks like Russian: /);
  });
});
