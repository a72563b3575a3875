// What "Export…" writes, for each format. The formats live in report/ (shared with the CLI);
// here the analysis is fitted to the case as the user sees it now: its current title, and the
// sources in column order with their current names (renaming does not re-run the engine).
import type { Analysis } from '../../engine/types';
import type { CaseDocument } from '../../shared/case-file';
import { renderAnalysisJson, renderHtmlReport, renderMarkdown, renderMatrixCsv, renderReasonsCsv, renderWorksheet } from '../../report/index';
import { safeExportName } from '../components/export-name';

export type ExportKind = 'html' | 'pdf' | 'worksheet' | 'worksheet-key' | 'markdown' | 'csv' | 'reasons-csv' | 'json';

export function forDocument(document: CaseDocument, analysis: Analysis): Analysis {
  const analysed = new Map(analysis.sources.map((s) => [s.id, s]));
  const sources = document.sources
    .filter((s) => analysed.has(s.id))
    .map((s) => {
      const { headline } = analysed.get(s.id)!;
      return { id: s.id, name: s.name, ...(s.kind ? { kind: s.kind } : {}), ...(headline ? { headline } : {}) };
    });
  return { ...analysis, case: { title: document.title || 'Untitled case' }, sources };
}

/** The file to write: its suggested name and its content (for `pdf`, the HTML to print). */
export function exportFile(kind: ExportKind, document: CaseDocument, analysis: Analysis): { name: string; content: string } {
  const fitted = forDocument(document, analysis);
  const base = safeExportName(document.title);
  switch (kind) {
    case 'html':
      return { name: `${base} report.html`, content: renderHtmlReport(fitted) };
    case 'pdf':
      return { name: `${base} report.pdf`, content: renderHtmlReport(fitted) };
    case 'worksheet':
      return { name: `${base} worksheet.html`, content: renderWorksheet(fitted) };
    case 'worksheet-key':
      return { name: `${base} worksheet with key.html`, content: renderWorksheet(fitted, { key: true }) };
    case 'markdown':
      return { name: `${base} report.md`, content: renderMarkdown(fitted) };
    case 'csv':
      return { name: `${base} matrix.csv`, content: renderMatrixCsv(fitted) };
    case 'reasons-csv':
      return { name: `${base} reasons.csv`, content: renderReasonsCsv(fitted) };
    case 'json':
      return { name: `${base} analysis.json`, content: renderAnalysisJson(fitted) };
  }
}
