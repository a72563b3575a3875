// Which URLs are the app's own page. IPC handlers trust only frames showing it, and
// navigation anywhere else is refused.

/** `rendererUrl` is the dev server's address (electron-vite dev) or the built index.html as a file URL. */
export function createAppUrlCheck(rendererUrl: string): (url: string) => boolean {
  const app = new URL(rendererUrl);
  return (candidate: string) => {
    let url: URL;
    try {
      url = new URL(candidate);
    } catch {
      return false;
    }
    if (app.protocol === 'file:') return url.protocol === 'file:' && url.pathname === app.pathname;
    return url.origin === app.origin;
  };
}

interface SenderFrame {
  url: string;
  parent: unknown;
}

/** An IPC sender is trusted when it is the top frame of the app's own page (no iframes, no other pages). */
export function createSenderCheck(isAppUrl: (url: string) => boolean): (frame: SenderFrame | null | undefined) => boolean {
  return (frame) => Boolean(frame && frame.parent === null && isAppUrl(frame.url));
}
