// Saving and opening a student's work (`.parallax-student.json`) from the main process. Both go
// through a dialog every time: the renderer never names a path. Saving is atomic; opening never
// changes the file.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { InvokeHandlers } from './ipc';
import { writeFileAtomic } from './atomic-write';
import { describeFsError } from './fs-errors';
import { safeFileName } from '../shared/file-names';
import { parseStudentFile, serializeStudentWork, STUDENT_FILE_EXTENSION } from '../shared/student-file';

/** A student's labels and links for ten long sources stay far below this. */
export const MAX_STUDENT_FILE_BYTES = 10 * 1024 * 1024;

const FILTERS = [{ name: 'Student work', extensions: ['json'] }];

export interface StudentFileDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  window: () => BrowserWindow | null;
}

export function withStudentExtension(path: string): string {
  if (path.endsWith(STUDENT_FILE_EXTENSION)) return path;
  return path.replace(/(\.parallax)?\.json$/i, '') + STUDENT_FILE_EXTENSION;
}

export function createStudentHandlers(deps: StudentFileDeps): Pick<InvokeHandlers, 'student:save' | 'student:open'> {
  return {
    'student:save': async ({ work, suggestedName }) => {
      const options = { title: 'Save student work', defaultPath: withStudentExtension(safeFileName(suggestedName)), filters: FILTERS };
      const win = deps.window();
      const choice = win ? await deps.dialog.showSaveDialog(win, options) : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { status: 'canceled' };
      const target = withStudentExtension(choice.filePath);
      try {
        await writeFileAtomic(target, serializeStudentWork(work));
        return { status: 'saved', path: target };
      } catch (error) {
        return { status: 'failed', message: `Could not save ${basename(target)}: ${describeFsError(error)}.` };
      }
    },
    'student:open': async () => {
      const options = { title: 'Open student work', filters: FILTERS, properties: ['openFile' as const] };
      const win = deps.window();
      const choice = win ? await deps.dialog.showOpenDialog(win, options) : await deps.dialog.showOpenDialog(options);
      if (choice.canceled || !choice.filePaths.length) return { status: 'canceled' };
      const path = choice.filePaths[0];
      const name = basename(path);
      try {
        if ((await stat(path)).size > MAX_STUDENT_FILE_BYTES) return { status: 'failed', message: `${name} is too large to be a student's work.` };
        const parsed = parseStudentFile(await readFile(path, 'utf8'), name);
        return parsed.ok ? { status: 'opened', path, work: parsed.work } : { status: 'failed', message: parsed.message };
      } catch (error) {
        return { status: 'failed', message: `Could not open ${name}: ${describeFsError(error)}.` };
      }
    },
  };
}
