import { describe, expect, it, vi } from 'vitest';
import { denyPermissions, hardenContents, windowOptions } from '../../main/window-options';
import { createAppUrlCheck } from '../../main/app-url';

describe('window options', () => {
  it('isolates, sandboxes and keeps Node out of the renderer', () => {
    const prefs = windowOptions('/app/out/preload/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault: () => void }, url: string) => void>();
  let openHandler: (() => { action: string }) | null = null;
  return {
    on: vi.fn((name: string, listener: (event: { preventDefault: () => void }, url: string) => void) => listeners.set(name, listener)),
    setWindowOpenHandler: vi.fn((handler: () => { action: string }) => (openHandler = handler)),
    emit(name: string, url: string) {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    },
    openWindow: () => openHandler!(),
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
