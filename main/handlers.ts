// What each IPC channel does in the main process. Electron's dialogs and the window are
// passed in, so tests drive these handlers without the Electron binary.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import type { PickedFile, RecentCase } from '../shared/ipc-contract';
import type { AutosaveStore } from './autosave';
import { openCaseFile, saveCaseFile, withCaseExtension } from './case-store';
import type { InvokeHandlers } from './ipc';
import type { RecentCases } from './recent';
import { writeFileAtomic } from './atomic-write';
import { describeFsError } from './fs-errors';
import { safeFileName } from '../shared/file-names';
import { createStudentHandlers } from './student-files';
import { createExportHandlers, type PrintToPdf } from './export-pdf';

export { safeFileName };

/** Sources beyond this size are refused before reading: no news story is 30 MB. */
export const MAX_SOURCE_FILE_BYTES = 30 * 1024 * 1024;

export interface HandlerDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  window: () => BrowserWindow | null;
  autosave: AutosaveStore;
  recent: RecentCases;
  onRecentChanged: (recent: RecentCase[]) => void;
  onWindowState: (state: { title: string; dirty: boolean }) => void;
  /** Renders a self-contained HTML document as PDF (main/print-pdf.ts; absent in tests without Electron). */
  printToPdf?: PrintToPdf;
}

const CASE_FILTERS = [{ name: 'Parallax case', extensions: ['json'] }];
const SOURCE_FILTERS = [{ name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'pdf'] }];

export function createHandlers(deps: HandlerDeps): InvokeHandlers {
  const parent = () => deps.window() ?? undefined;
  // Paths the user chose in a dialog this session: the only ones a plain Save may write to.
  const granted = new Set<string>();
  const remember = async (path: string, title: string) => {
    granted.add(path);
    await deps.recent.add(path, title || basename(path));
    deps.onRecentChanged(deps.recent.list());
  };

  return {
    'case:open': async () => {
      const choice = await showOpen(deps, parent(), { title: 'Open case', filters: CASE_FILTERS, properties: ['openFile'] });
      if (!choice.length) return { status: 'canceled' };
      const result = await openCaseFile(choice[0]);
      if (result.status === 'opened') await remember(result.path, result.document.title);
      return result;
    },
    'case:open-recent': async ({ path }) => {
      // Only paths the user opened through a dialog before: the renderer cannot name arbitrary files.
      if (!deps.recent.has(path)) return { status: 'failed', message: 'That file is not in the recent list any more; use File > Open.' };
      const result = await openCaseFile(path);
      if (result.status === 'opened') await remember(result.path, result.document.title);
      return result;
    },
    'case:save': async ({ document, path, saveAs }) => {
      let target = saveAs ? null : path;
      if (!target) {
        const options = { title: 'Save case', defaultPath: `${safeFileName(document.title)}.parallax.json`, filters: CASE_FILTERS };
        const win = parent();
        const choice = win ? await deps.dialog.showSaveDialog(win, options) : await deps.dialog.showSaveDialog(options);
        if (choice.canceled || !choice.filePath) return { status: 'canceled' };
        target = withCaseExtension(choice.filePath);
      } else if (!granted.has(target) && !deps.recent.has(target)) {
        // A path the renderer names must be one this process handed out (opened or saved before).
        return { status: 'failed', message: 'Use File > Save as… to choose where to save this case.' };
      }
      const result = await saveCaseFile(target, document);
      if (result.status === 'saved') {
        await remember(target, document.title);
        await deps.autosave.clear().catch(() => undefined);
      }
      return result;
    },
    'case:recent': () => deps.recent.list(),
    'sources:pick': async () => {
      const paths = await showOpen(deps, parent(), { title: 'Add sources', filters: SOURCE_FILTERS, properties: ['openFile', 'multiSelections'] });
      const files: PickedFile[] = [];
      for (const path of paths) files.push(await readPicked(path));
      return files;
    },
    'export:save': async ({ suggestedName, content }) => {
      const options = { title: 'Export', defaultPath: safeFileName(suggestedName) };
      const win = parent();
      const choice = win ? await deps.dialog.showSaveDialog(win, options) : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { status: 'canceled' };
      try {
        await writeFileAtomic(choice.filePath, content);
        return { status: 'saved', path: choice.filePath };
      } catch (error) {
        return { status: 'failed', message: `Could not export: ${describeFsError(error)}.` };
      }
    },
    'autosave:write': ({ document, path }) => deps.autosave.write(document, path),
    'autosave:clear': () => deps.autosave.clear(),
    'autosave:recover': () => deps.autosave.recover(),
    'window:state': (state) => deps.onWindowState(state),
    ...createStudentHandlers(deps),
    ...createExportHandlers(deps),
  };
}

async function showOpen(deps: HandlerDeps, win: BrowserWindow | undefined, options: OpenDialogOptions): Promise<string[]> {
  const choice = win ? await deps.dialog.showOpenDialog(win, options) : await deps.dialog.showOpenDialog(options);
  return choice.canceled ? [] : choice.filePaths;
}

/** A picked file the renderer will decode; an unreadable or huge file comes back empty with its name, and the renderer says why. */
async function readPicked(path: string): Promise<PickedFile> {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (info.size > MAX_SOURCE_FILE_BYTES) return { name, bytes: new Uint8Array(0) };
    return { name, bytes: new Uint8Array(await readFile(path)) };
  } catch {
    return { name, bytes: new Uint8Array(0) };
  }
}
