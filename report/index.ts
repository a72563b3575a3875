// Reports and exports, shared by the app and the CLI: pure TypeScript over an engine analysis.
export { renderHtmlReport, htmlDocument } from './html';
export { renderMarkdown } from './markdown';
export { renderMatrixCsv, renderReasonsCsv, csvCell, csvRow } from './csv';
export { renderAnalysisJson, editedAnalysis } from './json';
export { renderWorksheet, worksheetNumbers, discussionQuestions, type WorksheetEntry, type DiscussionQuestion } from './worksheet';
export { buildReportModel, readingOrder, stanceOf, type ReportModel, type Stance } from './model';
export { framingOf } from './framing';
