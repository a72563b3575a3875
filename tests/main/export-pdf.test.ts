// PDF export in the main process, with `electron` mocked at the boundary: the save dialog, the
// hidden print window's lock-down, and the IPC payload checks.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const print = vi.hoisted(() => ({
  windows: [] as { options: Record<string, unknown>; loaded: string[]; destroyed: boolean; htmlOnDisk: string | null }[],
  requestFilter: null as null | ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void),
  permissions: null as null | ((c: unknown, p: string, cb: (ok: boolean) => void) => void),
}));

vi.mock('electron', async () => {
  const fs = await import('node:fs');
  const url = await import('node:url');
  class BrowserWindow {
    private record: (typeof print.windows)[number];
    webContents: { printToPDF: () => Promise<Buffer> };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [], destroyed: false, htmlOnDisk: null };
      print.windows.push(this.record);
      this.webContents = { printToPDF: async () => Buffer.from('%PDF-1.7 test') };
    }
    async loadURL(address: string) {
      this.record.loaded.push(address);
      this.record.htmlOnDisk = fs.readFileSync(url.fileURLToPath(address), 'utf8');
    }
    destroy() {
      this.record.destroyed = true;
    }
  }
  const printSession = {
    setPermissionRequestHandler: (fn: typeof print.permissions) => (print.permissions = fn),
    setPermissionCheckHandler: () => undefined,
    webRequest: { onBeforeRequest: (fn: typeof print.requestFilter) => (print.requestFilter = fn) },
  };
  return { BrowserWindow, session: { fromPartition: () => printSession } };
});

import { createExportHandlers, withPdfExtension } from '../../main/export-pdf';
import { printHtmlToPdf } from '../../main/print-pdf';
import { requestSchemas } from '../../main/ipc-schemas';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-pdf-'));
  print.windows.length = 0;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const event = {} as never;
const dialogChoosing = (filePath: string | null) => ({ showSaveDialog: vi.fn(async () => ({ canceled: filePath === null, filePath: filePath ?? '' })) });

describe('export:pdf', () => {
  it('prints the HTML and writes the PDF where the user chose, adding .pdf', async () => {
    const printToPdf = vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    const handlers = createExportHandlers({ dialog: dialogChoosing(join(dir, 'report')) as never, window: () => null, printToPdf });
    const result = await handlers['export:pdf']({ suggestedName: 'Case report.pdf', html: '<p>x</p>' }, event);
    expect(result).toEqual({ status: 'saved', path: join(dir, 'report.pdf') });
    expect(printToPdf).toHaveBeenCalledWith('<p>x</p>');
    expect(await readFile(join(dir, 'report.pdf'), 'latin1')).toBe('%PDF');
  });

  it('a canceled dialog prints nothing; a failed print is a message, not a crash', async () => {
    const printToPdf = vi.fn(async () => new Uint8Array());
    const canceled = createExportHandlers({ dialog: dialogChoosing(null) as never, window: () => null, printToPdf });
    expect(await canceled['export:pdf']({ suggestedName: 'r.pdf', html: '' }, event)).toEqual({ status: 'canceled' });
    expect(printToPdf).not.toHaveBeenCalled();
    const failing = createExportHandlers({ dialog: dialogChoosing(join(dir, 'r.pdf')) as never, window: () => null, printToPdf: async () => Promise.reject(new Error('renderer gone')) });
    const result = await failing['export:pdf']({ suggestedName: 'r.pdf', html: '' }, event);
    expect(result).toEqual({ status: 'failed', message: 'Could not make the PDF (renderer gone).' });
    expect(existsSync(join(dir, 'r.pdf'))).toBe(false);
  });

  it('validates its payload like every channel', () => {
    expect(requestSchemas['export:pdf'].safeParse({ suggestedName: 'a.pdf', html: '<p></p>' }).success).toBe(true);
    expect(requestSchemas['export:pdf'].safeParse({ suggestedName: '', html: '' }).success).toBe(false);
    expect(requestSchemas['export:pdf'].safeParse({ suggestedName: 'a.pdf', html: '', path: '/etc/passwd' }).success).toBe(false);
  });

  it('keeps a .pdf name as it is', () => {
    expect(withPdfExtension('/x/report.PDF')).toBe('/x/report.PDF');
    expect(withPdfExtension('/x/report')).toBe('/x/report.pdf');
  });
});

describe('printHtmlToPdf', () => {
  it('prints in a hidden, sandboxed window with JavaScript off, then removes the window and the temporary file', async () => {
    const pdf = await printHtmlToPdf('<!doctype html><p>Report</p>');
    expect(Buffer.from(pdf).toString('latin1')).toMatch(/^%PDF/);
    const [win] = print.windows;
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(win.options.show).toBe(false);
    expect(prefs).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(prefs).not.toHaveProperty('preload');
    expect(win.htmlOnDisk).toBe('<!doctype html><p>Report</p>');
    expect(win.destroyed).toBe(true);
    expect(existsSync(fileURLToPath(win.loaded[0]))).toBe(false);
  });

  it('its session cancels every request but the report itself and grants no permission', async () => {
    await printHtmlToPdf('<p>x</p>');
    const own = print.windows[0].loaded[0];
    const verdict = (url: string) => new Promise<boolean>((resolve) => print.requestFilter!({ url }, (r) => resolve(r.cancel)));
    expect(await verdict(own)).toBe(false);
    for (const url of ['https://example.com/track.png', 'file:///etc/passwd', 'data:text/html,x', 'ws://127.0.0.1:1/']) expect(await verdict(url)).toBe(true);
    const granted = await new Promise<boolean>((resolve) => print.permissions!(null, 'media', resolve));
    expect(granted).toBe(false);
  });
});
