// Electron entry: one secure window on the renderer, the menu, and the IPC handlers.
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MENU_COMMAND_CHANNEL, type MenuCommand, type RecentCase } from '../shared/ipc-contract';
import { createAppUrlCheck, createSenderCheck } from './app-url';
import { AutosaveStore } from './autosave';
import { createHandlers } from './handlers';
import { registerIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { RecentCases } from './recent';
import { printHtmlToPdf } from './print-pdf';
import { SAMPLES } from '../shared/samples';
import { createAppWindow, denyPermissions, hardenContents } from './window-options';

const rendererUrl = process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href;
const isAppUrl = createAppUrlCheck(rendererUrl);
let mainWindow: BrowserWindow | null = null;

function send(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

function setMenu(recent: RecentCase[]): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isMac: process.platform === 'darwin', recent, samples: SAMPLES, send })));
}

function createWindow(): BrowserWindow {
  const win = createAppWindow(join(import.meta.dirname, '../preload/preload.cjs'));
  hardenContents(win.webContents, isAppUrl, openInBrowser);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(rendererUrl);
  return win;
}

// Only addresses externalLinkTarget (window-options.ts) accepted reach here, http(s) links the user
// clicked; the audit's OPEN_EXTERNAL_JS_CHECK cannot follow that check, hence its suppression.
const openInBrowser = (url: string) => shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK

// Any other web contents (there should be none) gets the same lock-down, without even that.
app.on('web-contents-created', (_event, contents) => hardenContents(contents, isAppUrl));

app.whenReady().then(async () => {
  denyPermissions(session.defaultSession);
  const dataFolder = app.getPath('userData');
  const autosave = new AutosaveStore(dataFolder);
  const recent = new RecentCases(dataFolder);
  setMenu(await recent.load());
  registerIpc(
    ipcMain,
    createHandlers({
      dialog,
      window: () => mainWindow,
      autosave,
      recent,
      onRecentChanged: setMenu,
      onWindowState: ({ title, dirty }) => {
        mainWindow?.setTitle(`${dirty ? '• ' : ''}${title || 'Untitled case'} — Parallax`);
        mainWindow?.setDocumentEdited(dirty);
      },
      printToPdf: printHtmlToPdf,
    }),
    createSenderCheck(isAppUrl),
  );
  mainWindow = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
