// Everything the renderer needs from outside its page, behind one interface. Two
// implementations: Electron (through the preload) and the plain browser (file picker,
// downloads, localStorage). Components receive a Host and never know which one it is.
import type { CaseDocument } from '../../shared/case-file';
import type { MenuCommand, OpenCaseResult, OpenStudentResult, PickedFile, RecentCase, Recovery, SaveCaseResult } from '../../shared/ipc-contract';
import type { StudentWork } from '../../shared/student-file';

export type { MenuCommand, OpenCaseResult, OpenStudentResult, PickedFile, RecentCase, Recovery, SaveCaseResult };

export interface Host {
  readonly kind: 'electron' | 'browser';
  openCase(): Promise<OpenCaseResult>;
  openRecent(path: string): Promise<OpenCaseResult>;
  recentCases(): Promise<RecentCase[]>;
  /** `path` is where the case was opened from or last saved (null: never saved). */
  saveCase(document: CaseDocument, path: string | null, saveAs: boolean): Promise<SaveCaseResult>;
  pickSourceFiles(): Promise<PickedFile[]>;
  exportFile(suggestedName: string, content: string): Promise<SaveCaseResult>;
  /**
   * The self-contained HTML report as PDF. Electron prints it in main and saves the file; the browser
   * opens the report in a new tab with the print dialog (its print stylesheet), where the user saves it.
   */
  exportPdf(suggestedName: string, html: string): Promise<SaveCaseResult | { status: 'printing' }>;
  autosave(document: CaseDocument, path: string | null): Promise<void>;
  clearAutosave(): Promise<void>;
  recoverAutosave(): Promise<Recovery | null>;
  setWindowState(title: string, dirty: boolean): void;
  /** A student's work, in its own file next to the case (always asks where). */
  saveStudentWork(work: StudentWork, suggestedName: string): Promise<SaveCaseResult>;
  openStudentWork(): Promise<OpenStudentResult>;
  /** Menu commands (Electron only; the browser has no app menu). Returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
