import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCaseFile, saveCaseFile, withCaseExtension } from '../../main/case-store';
import { CASE_FILE_VERSION, serializeCase } from '../../shared/case-file';
import { sampleDocument } from './helpers';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-case-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('saving a case', () => {
  it('writes the case and reopens it unchanged, leaving no temporary file', async () => {
    const path = join(dir, 'budget.parallax.json');
    const document = sampleDocument();
    expect(await saveCaseFile(path, document)).toEqual({ status: 'saved', path });
    expect(await readdir(dir)).toEqual(['budget.parallax.json']);
    const reopened = await openCaseFile(path);
    expect(reopened).toEqual({ status: 'opened', path, document });
  });

  it('replaces an existing file whole, and a failed save leaves the old file as it was', async () => {
    const path = join(dir, 'case.parallax.json');
    await saveCaseFile(path, sampleDocument('First'));
    const before = await readFile(path, 'utf8');
    // A folder in the way of the rename makes the final step fail after the temp file was written.
    const blocked = join(dir, 'blocked.parallax.json');
    await mkdir(blocked);
    const failed = await saveCaseFile(blocked, sampleDocument('Second'));
    expect(failed.status).toBe('failed');
    expect(failed.status === 'failed' && failed.message).toMatch(/Could not save blocked\.parallax\.json/);
    expect(await readdir(dir)).toEqual(['blocked.parallax.json', 'case.parallax.json'].sort());
    expect(await readFile(path, 'utf8')).toBe(before);
    await saveCaseFile(path, sampleDocument('Second'));
    expect(JSON.parse(await readFile(path, 'utf8')).title).toBe('Second');
  });

  it('names saved files .parallax.json', () => {
    expect(withCaseExtension('/x/budget')).toBe('/x/budget.parallax.json');
    expect(withCaseExtension('/x/budget.json')).toBe('/x/budget.parallax.json');
    expect(withCaseExtension('/x/budget.parallax.json')).toBe('/x/budget.parallax.json');
  });
});

describe('opening a case', () => {
  async function untouched(path: string, content: string) {
    await writeFile(path, content);
    const before = await stat(path);
    const result = await openCaseFile(path);
    const after = await stat(path);
    expect(await readFile(path, 'utf8')).toBe(content);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    return result;
  }

  it('explains a corrupt file and leaves it untouched', async () => {
    const result = await untouched(join(dir, 'broken.parallax.json'), '{"format": "parallax-case", "version": 1, "title": "x", "sour');
    expect(result).toEqual({ status: 'failed', message: expect.stringMatching(/^broken\.parallax\.json is not a Parallax case: it is not valid JSON/) });
  });

  it('explains a file from a newer Parallax and leaves it untouched', async () => {
    const newer = serializeCase(sampleDocument()).replace(`"version": ${CASE_FILE_VERSION}`, '"version": 7');
    const result = await untouched(join(dir, 'newer.parallax.json'), newer);
    expect(result).toEqual({ status: 'failed', message: expect.stringMatching(/saved by a newer Parallax \(case format 7\).*Update Parallax/) });
  });

  it('explains a file with a damaged field', async () => {
    const damaged = serializeCase(sampleDocument()).replace('"name": "Outlet A"', '"name": 5');
    const result = await untouched(join(dir, 'damaged.parallax.json'), damaged);
    expect(result.status === 'failed' && result.message).toMatch(/damaged: sources\.0\.name/);
  });

  it('explains a file that is not a case', async () => {
    const result = await untouched(join(dir, 'package.json'), '{"name": "x"}');
    expect(result.status === 'failed' && result.message).toMatch(/not a Parallax case file/);
  });

  it('explains a missing file without a stack trace', async () => {
    const result = await openCaseFile(join(dir, 'gone.parallax.json'));
    expect(result).toEqual({ status: 'failed', message: 'Could not open gone.parallax.json: the file or its folder no longer exists.' });
  });
});
