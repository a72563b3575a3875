// The Host in a plain browser: a file picker to open, downloads to save, localStorage to
// autosave. Nothing leaves the machine.
import { parseCaseFile, serializeCase, storedCaseSchema } from '../../shared/case-file';
import { safeFileName } from '../../shared/file-names';
import { parseStudentFile, serializeStudentWork, STUDENT_FILE_EXTENSION } from '../../shared/student-file';
import type { Host, PickedFile, Recovery } from './host';
import { exportMimeType, openForPrinting } from './browser-print';

const AUTOSAVE_KEY = 'parallax:autosave';
const SOURCE_ACCEPT = '.txt,.md,.markdown,.html,.htm,.docx,.pdf,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Opens the browser's file picker; resolves with [] when the user cancels. */
export function pickFiles(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.hidden = true;
    const done = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => done([...(input.files ?? [])]), { once: true });
    input.addEventListener('cancel', () => done([]), { once: true });
    document.body.append(input);
    input.click();
  });
}

export function download(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function fileNameFor(title: string): string {
  return `${safeFileName(title)}.parallax.json`;
}

export async function toPickedFile(file: File): Promise<PickedFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export function createBrowserHost(storage: Storage = window.localStorage): Host {
  return {
    kind: 'browser',
    async openCase() {
      const [file] = await pickFiles('.json,application/json', false);
      if (!file) return { status: 'canceled' };
      const parsed = parseCaseFile(await file.text(), file.name);
      return parsed.ok ? { status: 'opened', path: file.name, document: parsed.document } : { status: 'failed', message: parsed.message };
    },
    async openRecent() {
      return { status: 'failed', message: 'The browser version has no recent list; use Open.' };
    },
    async recentCases() {
      return [];
    },
    async saveCase(document) {
      const name = fileNameFor(document.title);
      download(name, serializeCase(document), 'application/json');
      storage.removeItem(AUTOSAVE_KEY);
      return { status: 'saved', path: name };
    },
    async pickSourceFiles() {
      return Promise.all((await pickFiles(SOURCE_ACCEPT, true)).map(toPickedFile));
    },
    async exportFile(suggestedName, content) {
      download(suggestedName, content, exportMimeType(suggestedName));
      return { status: 'saved', path: suggestedName };
    },
    async exportPdf(_suggestedName, html) {
      return openForPrinting(html);
    },
    async autosave(document, path) {
      const entry: Recovery = { document, path, savedAt: new Date().toISOString() };
      try {
        storage.setItem(AUTOSAVE_KEY, JSON.stringify(entry));
      } catch {
        // Storage full or disabled (private mode): autosave is a safety net, not a promise.
      }
    },
    async clearAutosave() {
      storage.removeItem(AUTOSAVE_KEY);
    },
    async recoverAutosave() {
      try {
        const raw = JSON.parse(storage.getItem(AUTOSAVE_KEY) ?? 'null') as Recovery | null;
        if (!raw || typeof raw.savedAt !== 'string') return null;
        const document = storedCaseSchema.safeParse(raw.document);
        return document.success ? { savedAt: raw.savedAt, path: raw.path ?? null, document: document.data } : null;
      } catch {
        return null;
      }
    },
    async saveStudentWork(work, suggestedName) {
      const name = `${safeFileName(suggestedName)}${STUDENT_FILE_EXTENSION}`;
      download(name, serializeStudentWork(work), 'application/json');
      return { status: 'saved', path: name };
    },
    async openStudentWork() {
      const [file] = await pickFiles('.json,application/json', false);
      if (!file) return { status: 'canceled' };
      const parsed = parseStudentFile(await file.text(), file.name);
      return parsed.ok ? { status: 'opened', path: file.name, work: parsed.work } : { status: 'failed', message: parsed.message };
    },
    setWindowState(title, dirty) {
      document.title = `${dirty ? '• ' : ''}${title || 'Untitled case'} — Parallax`;
    },
    onMenuCommand() {
      return () => undefined;
    },
  };
}
