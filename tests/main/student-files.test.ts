// A student's work from the main process: saved and opened only through dialogs, validated on
// the way in over IPC, and the Edit menu's undo and redo sent to the renderer.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { createAppUrlCheck, createSenderCheck } from '../../main/app-url';
import { registerIpc, type InvokeHandlers } from '../../main/ipc';
import { buildMenuTemplate } from '../../main/menu';
import { createStudentHandlers, withStudentExtension } from '../../main/student-files';
import { INVOKE_CHANNELS } from '../../shared/ipc-contract';
import type { StudentWork } from '../../shared/student-file';

const work: StudentWork = {
  format: 'parallax-student',
  version: 1,
  student: 'Ada',
  case: { title: 'Bridge', sourcesHash: 'a'.repeat(64) },
  labels: [{ claim: { source: 'a', text: 'The bridge closed.', at: 0 }, label: 'agreed' }],
  links: [{ a: { source: 'a', text: 'The bridge closed.', at: 0 }, b: { source: 'b', text: 'It shut.', at: 4 } }],
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-student-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function handlers(choice: { open?: string; save?: string }) {
  const dialog = {
    showOpenDialog: vi.fn(async () => ({ canceled: !choice.open, filePaths: choice.open ? [choice.open] : [] })),
    showSaveDialog: vi.fn(async () => ({ canceled: !choice.save, filePath: choice.save ?? '' })),
  };
  return createStudentHandlers({ dialog: dialog as never, window: () => null });
}
const event = {} as never;

describe('student work files', () => {
  it('saves where the user chose with the student extension, and opens it back', async () => {
    const saved = await handlers({ save: join(dir, 'ada.json') })['student:save']({ work, suggestedName: 'Bridge - Ada' }, event);
    expect(saved).toEqual({ status: 'saved', path: join(dir, 'ada.parallax-student.json') });
    const opened = await handlers({ open: join(dir, 'ada.parallax-student.json') })['student:open'](undefined, event);
    expect(opened).toEqual({ status: 'opened', path: join(dir, 'ada.parallax-student.json'), work });
  });

  it('says what is wrong with a file that is not a student’s work, and leaves it alone', async () => {
    const path = join(dir, 'case.parallax.json');
    const text = JSON.stringify({ format: 'parallax-case', version: 2, title: 'x', sources: [], edits: [] });
    await writeFile(path, text);
    const opened = await handlers({ open: path })['student:open'](undefined, event);
    expect(opened).toEqual({ status: 'failed', message: "case.parallax.json is a case, not a student's work; open it with Open…." });
    expect(await readFile(path, 'utf8')).toBe(text);
    expect(await handlers({})['student:open'](undefined, event)).toEqual({ status: 'canceled' });
  });

  it('names files with the student extension', () => {
    expect(withStudentExtension('/x/ada')).toBe('/x/ada.parallax-student.json');
    expect(withStudentExtension('/x/ada.parallax.json')).toBe('/x/ada.parallax-student.json');
    expect(withStudentExtension('/x/ada.parallax-student.json')).toBe('/x/ada.parallax-student.json');
  });

  it('accepts student work over IPC only from the app window and only well formed', async () => {
    const registered = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
    const all = Object.fromEntries(INVOKE_CHANNELS.map((c) => [c, vi.fn(async () => 'ran')])) as unknown as InvokeHandlers;
    const app = 'file:///opt/parallax/out/renderer/index.html';
    registerIpc({ handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => registered.set(channel, fn) } as never, all, createSenderCheck(createAppUrlCheck(app)), vi.fn());
    const call = (frame: { url: string; parent: unknown }, payload: unknown) => registered.get('student:save')!({ senderFrame: frame }, payload);
    await expect(call({ url: app, parent: null }, { work, suggestedName: 'Ada' })).resolves.toBe('ran');
    expect(() => call({ url: 'https://evil.example/', parent: null }, { work, suggestedName: 'Ada' })).toThrow(/sender/);
    expect(() => call({ url: app, parent: null }, { work: { ...work, labels: [{ ...work.labels[0], label: 'maybe' }] }, suggestedName: 'Ada' })).toThrow(/malformed/);
    expect(() => call({ url: app, parent: null }, { work: { ...work, case: { title: 'x', sourcesHash: 'not a hash' } }, suggestedName: 'Ada' })).toThrow(/malformed/);
  });
});

describe('the Edit menu', () => {
  it('sends undo and redo to the renderer, with the platform’s redo key', () => {
    for (const isMac of [false, true]) {
      const send = vi.fn();
      const edit = buildMenuTemplate({ isMac, recent: [], samples: [], send }).find((m) => m.label === '&Edit')!.submenu as MenuItemConstructorOptions[];
      const [undo, redo] = edit;
      expect([undo.label, undo.accelerator, redo.label, redo.accelerator]).toEqual(['Undo', 'CmdOrCtrl+Z', 'Redo', isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y']);
      (undo.click as () => void)();
      (redo.click as () => void)();
      expect(send.mock.calls).toEqual([[{ type: 'undo' }], [{ type: 'redo' }]]);
    }
  });
});
