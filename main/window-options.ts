// The one place that decides how the app's window is configured and locked down.
// Everything the renderer needs from the outside goes through the preload's narrow API.
// The options are written out at the `new BrowserWindow` call on purpose: the security audit
// (tools/security/audit.mjs, Electronegativity) reads them there.
import { BrowserWindow, type HandlerDetails, type Session, type WebContents } from 'electron';

export function createAppWindow(preloadPath: string): BrowserWindow {
  // AUXCLICK_JS_CHECK wants Chromium's Auxclick feature off so a middle click cannot open a link in a
  // new window; here a middle click asks for a new window like any other click, and hardenContents
  // refuses every new window (a web link goes to the system browser instead).
  return new BrowserWindow({ // eng-disable AUXCLICK_JS_CHECK
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Parallax',
    backgroundColor: '#ffffff',
    webPreferences: {
      // PRELOAD_JS_CHECK asks for every preload to be reviewed: main/preload.ts exposes only the typed
      // invoke of the known channels (no ipcRenderer, no Node), and main/ipc.ts checks each call.
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
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
    },
  });
}

/** Clicking a link (target=_blank, or a middle or modified click) asks for one of these; window.open with features asks for 'new-window'. */
const LINK_CLICKS = new Set<HandlerDetails['disposition']>(['foreground-tab', 'background-tab']);
const MAX_LINK_LENGTH = 2048;

/** The address to hand to the system browser, or null: only plain http(s) web addresses, without embedded credentials. */
export function externalLinkTarget(details: Pick<HandlerDetails, 'url' | 'disposition'>): string | null {
  if (!LINK_CLICKS.has(details.disposition) || details.url.length > MAX_LINK_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(details.url);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname || url.username || url.password) return null;
  return url.href;
}

/**
 * The app never leaves its own page, opens windows or asks for camera, location and the like. A web
 * link the user clicks opens in their browser instead (the CSP keeps every script but the app's own
 * out of the window, so such a request comes from a link the app rendered).
 */
export function hardenContents(contents: WebContents, isAppUrl: (url: string) => boolean, openExternal?: (url: string) => Promise<void>): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => {
    const link = openExternal ? externalLinkTarget(details) : null;
    if (link) void openExternal!(link).catch(() => undefined);
    return { action: 'deny' };
  });
}

export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
