// The Electron entry with `electron` mocked at the boundary: what window it opens and what it wires up.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../shared/ipc-contract';

const captured = vi.hoisted(() => ({
  windows: [] as { options: Record<string, unknown>; loaded: string[]; contents: { handlers: Map<string, unknown>; openHandler: unknown } }[],
  handles: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  menu: null as unknown,
  permissionHandler: null as null | ((c: unknown, p: string, cb: (ok: boolean) => void) => void),
  ready: null as null | Promise<void>,
  opened: [] as string[],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => captured.windows;
    webContents: { on: (name: string, fn: unknown) => void; setWindowOpenHandler: (fn: unknown) => void; send: () => void };
    constructor(options: Record<string, unknown>) {
      const record = { options, loaded: [] as string[], contents: { handlers: new Map<string, unknown>(), openHandler: null as unknown } };
      captured.windows.push(record);
      this.webContents = {
        on: (name, fn) => record.contents.handlers.set(name, fn),
        setWindowOpenHandler: (fn) => (record.contents.openHandler = fn),
        send: () => undefined,
      };
      this.loadURL = async (url: string) => void record.loaded.push(url);
    }
    loadURL: (url: string) => Promise<void>;
    once() {}
    on() {}
    show() {}
    setTitle() {}
    setDocumentEdited() {}
  }
  captured.ready = Promise.resolve();
  return {
    app: { whenReady: () => captured.ready, on: vi.fn(), getPath: () => '/nonexistent/parallax-test', quit: vi.fn() },
    BrowserWindow,
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    shell: { openExternal: async (url: string) => void captured.opened.push(url) },
    ipcMain: { handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => captured.handles.set(channel, fn) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => (captured.menu = menu) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof captured.permissionHandler) => (captured.permissionHandler = fn),
        setPermissionCheckHandler: vi.fn(),
      },
    },
  };
});

beforeAll(async () => {
  await import('../../main/index');
  // Let app.whenReady().then(...) finish: it awaits the recent list first.
  await vi.waitFor(() => expect(captured.windows).toHaveLength(1));
});

describe('the Electron main entry', () => {
  it('opens one locked-down window on the built renderer with the CommonJS preload', () => {
    const [{ options, loaded }] = captured.windows;
    const prefs = options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String(prefs.preload)).toMatch(/preload[\\/]preload\.cjs$/);
    expect(loaded[0]).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);
  });

  it('denies new windows and permission requests, sending a clicked web link to the browser', () => {
    const [{ contents }] = captured.windows;
    const open = contents.openHandler as (details: { url: string; disposition: string }) => unknown;
    expect(open({ url: 'https://example.org/', disposition: 'foreground-tab' })).toEqual({ action: 'deny' });
    expect(open({ url: 'file:///etc/passwd', disposition: 'foreground-tab' })).toEqual({ action: 'deny' });
    expect(captured.opened).toEqual(['https://example.org/']);
    const answer = vi.fn();
    captured.permissionHandler!({}, 'geolocation', answer);
    expect(answer).toHaveBeenCalledWith(false);
  });

  it('handles every IPC channel and refuses a foreign sender', async () => {
    expect([...captured.handles.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    const handler = captured.handles.get('case:recent')!;
    expect(() => handler({ senderFrame: { url: 'https://evil.example/', parent: null } })).toThrow(/sender/);
    const appUrl = captured.windows[0].loaded[0];
    expect(await handler({ senderFrame: { url: appUrl, parent: null } })).toEqual([]);
  });

  it('installs the menus with the usual accelerators', () => {
    const menu = captured.menu as { label?: string; submenu?: { label?: string; accelerator?: string; role?: string }[] }[];
    const labels = menu.map((m) => m.label);
    expect(labels).toEqual(expect.arrayContaining(['&File', '&Edit', '&View', '&Help']));
    const file = menu.find((m) => m.label === '&File')!.submenu!;
    const accel = Object.fromEntries(file.filter((i) => i.label).map((i) => [i.label, i.accelerator]));
    expect(accel).toMatchObject({ 'New case': 'CmdOrCtrl+N', 'Open…': 'CmdOrCtrl+O', 'Save': 'CmdOrCtrl+S', 'Save as…': 'Shift+CmdOrCtrl+S' });
    expect(file.map((i) => i.label)).toEqual(expect.arrayContaining(['Open sample', 'Open recent', 'Add sources…', 'Export…']));
    const view = menu.find((m) => m.label === '&View')!.submenu!;
    expect(view.map((i) => i.role ?? i.label)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'Presentation mode', 'Light / dark theme']));
  });
});
