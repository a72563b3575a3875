// Printing a report to PDF with Chromium's own engine. The report is untrusted text (source
// articles), so it is shown in a hidden, sandboxed window with JavaScript off, in a session of
// its own that cancels every request except the report file itself and grants no permission.
import { BrowserWindow, session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { denyPermissions } from './window-options';

/** In memory (no "persist:" prefix): nothing of a printed report stays on disk. */
const PRINT_PARTITION = 'parallax-print';

export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  // A file, not a data: URL: Chromium caps URLs at 2 MB and a ten-source report can exceed that.
  const folder = await mkdtemp(join(tmpdir(), 'parallax-print-'));
  const file = join(folder, 'report.html');
  const fileUrl = pathToFileURL(file).href;
  const printSession = session.fromPartition(PRINT_PARTITION);
  denyPermissions(printSession);
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== fileUrl }));
  // The options are written out here, where the security audit (tools/security/audit.mjs) reads them.
  // AUXCLICK_JS_CHECK is about middle-clicks opening links: this window is never shown, so nothing in
  // it can be clicked.
  const win = new BrowserWindow({ // eng-disable AUXCLICK_JS_CHECK
    show: false,
    webPreferences: {
      session: printSession,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  });
  try {
    await writeFile(file, html, 'utf8');
    await win.loadURL(fileUrl);
    return await win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true, pageSize: 'A4' });
  } finally {
    win.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}
