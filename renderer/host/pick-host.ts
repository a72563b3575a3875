import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';
import type { Host } from './host';

/** Inside Electron the preload has put `window.parallax` in place; anywhere else we are in a browser. */
export function pickHost(): Host {
  return window.parallax ? createElectronHost(window.parallax) : createBrowserHost();
}
