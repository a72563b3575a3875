// The matrix as CSV (RFC 4180: CRLF rows, quoted fields, doubled quotes) for spreadsheets. A
// cell that a spreadsheet would run as a formula (= + - @, or a tab or CR first) gets a leading
// apostrophe: source texts are untrusted and must never become formulas.
import type { Analysis } from '../engine/types';
import { flat } from './escape';
import { buildReportModel, pointTitle, STANCE_WORD, STATUS_WORD } from './model';

export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: (string | number)[]): string {
  return cells.map(csvCell).join(',');
}

/** One row per point: its number, status and title, then each source's stance and its words. */
export function renderMatrixCsv(analysis: Analysis): string {
  const model = buildReportModel(analysis);
  const header = ['Point', 'Status', 'Summary', ...model.sources.flatMap((s) => [s.name, `${s.name}: claim`])];
  const rows = model.points.map((point) => {
    const claims = model.claimsOf(point);
    return [
      model.number(point),
      STATUS_WORD[point.status],
      pointTitle(model, point, 120),
      ...model.sources.flatMap((s) => [STANCE_WORD[model.stance(point, s.id)], claims.filter((c) => c.source === s.id).map((c) => flat(c.text)).join(' / ')]),
    ];
  });
  return [header, ...rows].map(csvRow).join('\r\n') + '\r\n';
}
