// The one IPC contract between main, the preload and the renderer. Types and channel names
// only: no imports with side effects, so the sandboxed preload can bundle it, and no Node,
// so the renderer may import it. main/ipc-schemas.ts checks every payload against it at run time.
import type { CaseDocument } from './case-file';
import type { StudentWork } from './student-file';

/** A file the user picked or dropped, as bytes: the renderer decodes it (docx, pdf, html...). */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface RecentCase {
  path: string;
  title: string;
}

export type OpenCaseResult =
  | { status: 'opened'; path: string; document: CaseDocument }
  | { status: 'canceled' }
  | { status: 'failed'; message: string };

export type SaveCaseResult = { status: 'saved'; path: string } | { status: 'canceled' } | { status: 'failed'; message: string };

export type OpenStudentResult =
  | { status: 'opened'; path: string; work: StudentWork }
  | { status: 'canceled' }
  | { status: 'failed'; message: string };

export interface Recovery {
  document: CaseDocument;
  /** ISO time of the last autosave. */
  savedAt: string;
  path: string | null;
}

/** Request/response pairs for ipcRenderer.invoke / ipcMain.handle. */
export interface InvokeContract {
  'case:open': { request: void; response: OpenCaseResult };
  'case:open-recent': { request: { path: string }; response: OpenCaseResult };
  'case:save': { request: { document: CaseDocument; path: string | null; saveAs: boolean }; response: SaveCaseResult };
  'case:recent': { request: void; response: RecentCase[] };
  'sources:pick': { request: void; response: PickedFile[] };
  'export:save': { request: { suggestedName: string; content: string }; response: SaveCaseResult };
  'autosave:write': { request: { document: CaseDocument; path: string | null }; response: void };
  'autosave:clear': { request: void; response: void };
  'autosave:recover': { request: void; response: Recovery | null };
  'window:state': { request: { title: string; dirty: boolean }; response: void };
  /** The report as PDF: main prints the self-contained HTML in a hidden window without JavaScript or network. */
  'export:pdf': { request: { suggestedName: string; html: string }; response: SaveCaseResult };
  /** A student's work in "students first" mode: always through a dialog, apart from the case. */
  'student:save': { request: { work: StudentWork; suggestedName: string }; response: SaveCaseResult };
  'student:open': { request: void; response: OpenStudentResult };
}

export type InvokeChannel = keyof InvokeContract;
export type InvokeRequest<C extends InvokeChannel> = InvokeContract[C]['request'];
export type InvokeResponse<C extends InvokeChannel> = InvokeContract[C]['response'];

export const INVOKE_CHANNELS = [
  'case:open',
  'case:open-recent',
  'case:save',
  'case:recent',
  'sources:pick',
  'export:save',
  'autosave:write',
  'autosave:clear',
  'autosave:recover',
  'window:state',
  'export:pdf',
  'student:save',
  'student:open',
] as const satisfies readonly InvokeChannel[];

/** Menu commands main sends to the renderer (one channel, `menu:command`). */
export type MenuCommand =
  | { type: 'new-case' }
  /** File > New case from an article: split one article into its voices, one source each. */
  | { type: 'new-case-from-article' }
  | { type: 'open' }
  /** `id` names a folder of samples/; without it, the default sample. */
  | { type: 'open-sample'; id?: string }
  | { type: 'open-recent'; path: string }
  | { type: 'save' }
  | { type: 'save-as' }
  | { type: 'add-sources' }
  | { type: 'export' }
  | { type: 'toggle-presentation' }
  | { type: 'toggle-theme' }
  | { type: 'show-shortcuts' }
  /** Edit > Undo / Redo: the renderer undoes typing in a text field, or else the last correction. */
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'about' };

export const MENU_COMMAND_CHANNEL = 'menu:command';

/** What the preload exposes as `window.parallax`: typed invoke plus the menu event stream. */
export interface PreloadApi {
  invoke<C extends InvokeChannel>(channel: C, ...request: InvokeRequest<C> extends void ? [] : [InvokeRequest<C>]): Promise<InvokeResponse<C>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  platform: string;
}
