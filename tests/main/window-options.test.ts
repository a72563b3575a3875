import { describe, expect, it, vi } from 'vitest';
import { createAppWindow, denyPermissions, externalLinkTarget, hardenContents } from '../../main/window-options';
import { createAppUrlCheck } from '../../main/app-url';

vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(readonly options: Record<string, unknown>) {}
  },
}));

describe('window options', () => {
  it('isolates, sandboxes and keeps Node out of the renderer', () => {
    const { options } = createAppWindow('/app/out/preload/preload.cjs') as unknown as { options: { webPreferences: Record<string, unknown> } };
    expect(options.webPreferences).toEqual({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
      navigateOnDragDrop: false,
    });
  });
});

type OpenDetails = { url: string; disposition: string };

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault: () => void }, url: string) => void>();
  let openHandler: ((details: OpenDetails) => { action: string }) | null = null;
  return {
    on: vi.fn((name: string, listener: (event: { preventDefault: () => void }, url: string) => void) => listeners.set(name, listener)),
    setWindowOpenHandler: vi.fn((handler: (details: OpenDetails) => { action: string }) => (openHandler = handler)),
    emit(name: string, url: string) {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    },
    openWindow: (url = 'https://example.com/', disposition = 'foreground-tab') => openHandler!({ url, disposition }),
  };
}

describe('web contents lock-down', () => {
  const isAppUrl = createAppUrlCheck('file:///opt/parallax/out/renderer/index.html');

  it('refuses navigation away from the app and any new window', () => {
    const contents = fakeContents();
    hardenContents(contents as never, isAppUrl);
    expect(contents.emit('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.emit('will-redirect', 'https://example.com/')).toBe(true);
    expect(contents.emit('will-navigate', 'file:///opt/parallax/out/renderer/index.html#matrix')).toBe(false);
    expect(contents.openWindow()).toEqual({ action: 'deny' });
  });

  it('sends a clicked web link to the system browser, and nothing else', () => {
    const contents = fakeContents();
    const openExternal = vi.fn(async () => undefined);
    hardenContents(contents as never, isAppUrl, openExternal);
    expect(contents.openWindow('https://example.org/story?id=1', 'foreground-tab')).toEqual({ action: 'deny' });
    expect(contents.openWindow('http://example.org/', 'background-tab')).toEqual({ action: 'deny' });
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'mailto:a@example.org', 'smb://server/share', 'https://user:pw@example.org/', 'not a url']) {
      expect(contents.openWindow(url)).toEqual({ action: 'deny' });
    }
    // A script's window.open with window features is not a link click.
    contents.openWindow('https://example.org/popup', 'new-window');
    expect(openExternal.mock.calls).toEqual([['https://example.org/story?id=1'], ['http://example.org/']]);
  });

  it('accepts only plain http(s) addresses of a sane length as external links', () => {
    expect(externalLinkTarget({ url: 'HTTPS://Example.org/a b', disposition: 'foreground-tab' })).toBe('https://example.org/a%20b');
    expect(externalLinkTarget({ url: `https://example.org/${'a'.repeat(3000)}`, disposition: 'foreground-tab' })).toBeNull();
    expect(externalLinkTarget({ url: 'data:text/html,<script>1</script>', disposition: 'foreground-tab' })).toBeNull();
  });

  it('denies every permission request and check', () => {
    let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | null = null;
    let checkHandler: (() => boolean) | null = null;
    denyPermissions({
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
    } as never);
    const callback = vi.fn();
    requestHandler!({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(checkHandler!()).toBe(false);
  });
});

describe('app URL check', () => {
  it('accepts only the dev server origin in development', () => {
    const check = createAppUrlCheck('http://localhost:5173/');
    expect(check('http://localhost:5173/index.html')).toBe(true);
    expect(check('http://localhost:5174/')).toBe(false);
    expect(check('not a url')).toBe(false);
  });
});
