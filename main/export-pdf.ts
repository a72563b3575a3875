// "Export… > PDF" in the main process: the renderer sends the self-contained HTML report, the
// user picks where to save, and main prints it (main/print-pdf.ts) and writes the file atomically.
import type { BrowserWindow, Dialog } from 'electron';
import type { InvokeHandlers } from './ipc';
import { writeFileAtomic } from './atomic-write';
import { describeFsError } from './fs-errors';
import { safeFileName } from '../shared/file-names';

export type PrintToPdf = (html: string) => Promise<Uint8Array>;

export interface ExportPdfDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  window: () => BrowserWindow | null;
  printToPdf?: PrintToPdf;
}

export function withPdfExtension(path: string): string {
  return /\.pdf$/i.test(path) ? path : `${path}.pdf`;
}

export function createExportHandlers(deps: ExportPdfDeps): Pick<InvokeHandlers, 'export:pdf'> {
  return {
    'export:pdf': async ({ suggestedName, html }) => {
      if (!deps.printToPdf) return { status: 'failed', message: 'PDF export is not available here; export the HTML report and print it.' };
      const options = { title: 'Export PDF', defaultPath: withPdfExtension(safeFileName(suggestedName.replace(/\.pdf$/i, ''))), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const win = deps.window() ?? undefined;
      const choice = win ? await deps.dialog.showSaveDialog(win, options) : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { status: 'canceled' };
      let pdf: Uint8Array;
      try {
        pdf = await deps.printToPdf(html);
      } catch (error) {
        return { status: 'failed', message: `Could not make the PDF (${error instanceof Error ? error.message : String(error)}).` };
      }
      const path = withPdfExtension(choice.filePath);
      try {
        await writeFileAtomic(path, pdf);
        return { status: 'saved', path };
      } catch (error) {
        return { status: 'failed', message: `Could not export: ${describeFsError(error)}.` };
      }
    },
  };
}
