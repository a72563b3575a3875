import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AutosaveStore } from '../../main/autosave';
import { createHandlers, safeFileName } from '../../main/handlers';
import { RecentCases } from '../../main/recent';
import { sampleDocument } from './helpers';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-handlers-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function setup(choices: { open?: string[]; save?: string }) {
  const dialog = {
    showOpenDialog: vi.fn(async () => ({ canceled: !choices.open, filePaths: choices.open ?? [] })),
    showSaveDialog: vi.fn(async () => ({ canceled: !choices.save, filePath: choices.save ?? '' })),
  };
  const autosave = new AutosaveStore(dir);
  const recent = new RecentCases(dir);
  const onRecentChanged = vi.fn();
  const handlers = createHandlers({ dialog: dialog as never, window: () => null, autosave, recent, onRecentChanged, onWindowState: vi.fn() });
  return { handlers, dialog, autosave, recent, onRecentChanged };
}

const event = {} as never;

describe('main-process handlers', () => {
  it('Save as writes where the user chose, adds the extension, clears the autosave and remembers the file', async () => {
    const { handlers, autosave, onRecentChanged } = setup({ save: join(dir, 'budget') });
    await autosave.write(sampleDocument(), null);
    const result = await handlers['case:save']({ document: sampleDocument(), path: null, saveAs: true }, event);
    expect(result).toEqual({ status: 'saved', path: join(dir, 'budget.parallax.json') });
    expect(JSON.parse(await readFile(join(dir, 'budget.parallax.json'), 'utf8')).title).toBe('Two framings');
    expect(await autosave.recover()).toBeNull();
    expect(onRecentChanged).toHaveBeenCalledWith([{ path: join(dir, 'budget.parallax.json'), title: 'Two framings' }]);
  });

  it('a plain Save to a path the user never chose is refused', async () => {
    const { handlers, dialog } = setup({});
    const result = await handlers['case:save']({ document: sampleDocument(), path: '/etc/cron.d/evil', saveAs: false }, event);
    expect(result.status).toBe('failed');
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('reopens only files from the recent list', async () => {
    const path = join(dir, 'known.parallax.json');
    const { handlers } = setup({ save: path });
    await handlers['case:save']({ document: sampleDocument(), path: null, saveAs: true }, event);
    expect((await handlers['case:open-recent']({ path }, event)).status).toBe('opened');
    expect((await handlers['case:open-recent']({ path: '/etc/passwd' }, event)).status).toBe('failed');
  });

  it('hands picked source files to the renderer as bytes', async () => {
    await writeFile(join(dir, 'a.txt'), 'Some text.');
    const { handlers } = setup({ open: [join(dir, 'a.txt'), join(dir, 'missing.pdf')] });
    const files = await handlers['sources:pick'](undefined, event);
    expect(files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([
      ['a.txt', 'Some text.'],
      ['missing.pdf', ''],
    ]);
  });

  it('a canceled dialog changes nothing', async () => {
    const { handlers } = setup({});
    expect(await handlers['case:open'](undefined, event)).toEqual({ status: 'canceled' });
    expect(await handlers['case:save']({ document: sampleDocument(), path: null, saveAs: true }, event)).toEqual({ status: 'canceled' });
  });

  it('turns a title into a safe file name', () => {
    expect(safeFileName('Who/what: "the" <case>?')).toBe('Who what the case');
    expect(safeFileName('   ')).toBe('Untitled case');
  });
});
