import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AutosaveStore } from '../../main/autosave';
import { sampleDocument } from './helpers';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-autosave-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('autosave and recovery', () => {
  const now = () => new Date('2026-01-02T03:04:05Z');

  it('offers nothing after a clean session', async () => {
    expect(await new AutosaveStore(dir, now).recover()).toBeNull();
  });

  it('offers the unsaved work back after a crash (a new store on the same folder)', async () => {
    await new AutosaveStore(dir, now).write(sampleDocument('Unsaved'), '/cases/u.parallax.json');
    const afterCrash = new AutosaveStore(dir, now);
    expect(await afterCrash.recover()).toEqual({ savedAt: '2026-01-02T03:04:05.000Z', path: '/cases/u.parallax.json', document: sampleDocument('Unsaved') });
  });

  it('forgets the work once it is saved or discarded', async () => {
    const store = new AutosaveStore(dir, now);
    await store.write(sampleDocument(), null);
    await store.clear();
    await store.clear();
    expect(await store.recover()).toBeNull();
  });

  it('ignores a damaged autosave without deleting it', async () => {
    const store = new AutosaveStore(dir, now);
    await writeFile(store.file, '{"savedAt": "x", "document": {');
    expect(await store.recover()).toBeNull();
    expect(await readFile(store.file, 'utf8')).toBe('{"savedAt": "x", "document": {');
  });
});
