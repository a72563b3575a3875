// Everything the renderer needs from outside its page, behind one interface. Two
// implementations: Electron (through the preload) and the plain browser (file picker,
// downloads, localStorage). Components receive a Host and never know which one it is.
import type { CaseDocument } from '../../shared/case-file';
import type { MenuCommand, OpenCaseResult, PickedFile, RecentCase, Recovery, SaveCaseResult } from '../../shared/ipc-contract';

export type { MenuCommand, OpenCaseResult, PickedFile, RecentCase, Recovery, SaveCaseResult };

export interface Host {
  readonly kind: 'electron' | 'browser';
  openCase(): Promise<OpenCaseResult>;
  openRecent(path: string): Promise<OpenCaseResult>;
  recentCases(): Promise<RecentCase[]>;
  /** `path` is where the case was opened from or last saved (null: never saved). */
  saveCase(document: CaseDocument, path: string | null, saveAs: boolean): Promise<SaveCaseResult>;
  pickSourceFiles(): Promise<PickedFile[]>;
  exportFile(suggestedName: string, content: string): Promise<SaveCaseResult>;
  autosave(document: CaseDocument, path: string | null): Promise<void>;
  clearAutosave(): Promise<void>;
  recoverAutosave(): Promise<Recovery | null>;
  setWindowState(title: string, dirty: boolean): void;
  /** Menu commands (Electron only; the browser has no app menu). Returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
