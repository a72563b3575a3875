// A save killed half-way (SIGKILL: no handler runs, as in a power cut or a crash) leaves the
// previous case whole and readable, and the temporary file it leaves is never taken for a case;
// the next save clears such leftovers away.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCaseFile, saveCaseFile } from '../../main/case-store';
import { STALE_TEMP_MS } from '../../main/atomic-write';
import { sampleDocument } from './helpers';

const TEMP = /^\.case\.parallax\.json\.[0-9a-f]{12}\.tmp$/;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-crash-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Starts a child saving a 20 MB case over `path` and kills it the moment its temporary file has bytes in it. */
function saveAndKill(path: string): Promise<{ killed: boolean; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join('tests', 'main', 'save-in-child.ts'), path], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    const watcher = watch(dir, (_event, name) => {
      if (!name || !TEMP.test(name)) return;
      stat(join(dir, name)).then((info) => info.size > 0 && child.kill('SIGKILL'), () => undefined);
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      watcher.close();
      resolve({ killed: signal === 'SIGKILL', output });
    });
  });
}

describe('a save killed half-way', () => {
  it('leaves the previous case intact, and its leftover is neither a case nor kept for ever', async () => {
    const path = join(dir, 'case.parallax.json');
    await saveCaseFile(path, sampleDocument('Before'));
    const before = await readFile(path);

    // The kill lands while the child writes or flushes 20 MB; should the save ever win the race, try again.
    let run = { killed: false, output: '' };
    for (let attempt = 0; attempt < 4 && !run.killed; attempt++) {
      await saveCaseFile(path, sampleDocument('Before'));
      run = await saveAndKill(path);
    }
    expect(run.killed, `the child finished its save every time (${run.output.trim()})`).toBe(true);

    expect(await readFile(path)).toEqual(before);
    expect(await openCaseFile(path)).toEqual({ status: 'opened', path, document: sampleDocument('Before') });
    const leftovers = (await readdir(dir)).filter((name) => name !== 'case.parallax.json');
    expect(leftovers.length).toBeGreaterThan(0);
    for (const name of leftovers) {
      expect(name).toMatch(TEMP);
      expect(name.endsWith('.parallax.json')).toBe(false);
    }

    // A fresh leftover may be a save still running elsewhere: kept. An old one is swept by the next save.
    const old = new Date(Date.now() - STALE_TEMP_MS - 60_000);
    for (const name of leftovers) await utimes(join(dir, name), old, old);
    const running = '.case.parallax.json.0123456789ab.tmp';
    await writeFile(join(dir, running), '{"partial":');
    await saveCaseFile(path, sampleDocument('After'));
    expect((await readdir(dir)).sort()).toEqual([running, 'case.parallax.json'].sort());
    expect((await openCaseFile(path)).status).toBe('opened');
  });
});
