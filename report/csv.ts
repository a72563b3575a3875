// The matrix, and every reason, as CSV (RFC 4180: CRLF rows, quoted fields, doubled quotes) for
// spreadsheets. A cell that a spreadsheet would run as a formula (= + - @, or a tab or CR first)
// gets a leading apostrophe: source texts are untrusted and must never become formulas.
import type { Analysis } from '../engine/types';
import { flat } from './escape';
import { buildReportModel, pointTitle, REASON_LABEL, STANCE_WORD, STATUS_WORD } from './model';
import { cueWords } from './reason-groups';

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

/**
 * One row per reason of every point, in reading order: the pair of claims it is about, its kind,
 * the words its cues mark on each side, and its sentence. The reports sum up a point of many
 * sources; this keeps every pair, for sorting and filtering in a spreadsheet.
 */
export function renderReasonsCsv(analysis: Analysis): string {
  const model = buildReportModel(analysis);
  const header = ['Point', 'Status', 'Reason', 'Source', 'Claim', 'Cue words', 'Other source', 'Other claim', 'Other cue words', 'Explanation'];
  const rows: (string | number)[][] = [];
  for (const point of model.points) {
    for (const reason of point.reasons) {
      const sides = reason.claims.slice(0, 2).map((id) => {
        const claim = model.claim.get(id);
        if (!claim) return ['', '', ''];
        const words = reason.cues.filter((cue) => cue.claim === id).map((cue) => cueWords(claim, cue.start, cue.end)).filter(Boolean);
        return [model.sourceName(claim.source), flat(claim.text), [...new Set(words)].join(' / ')];
      });
      while (sides.length < 2) sides.push(['', '', '']);
      rows.push([model.number(point), STATUS_WORD[point.status], REASON_LABEL[reason.kind], ...sides[0], ...sides[1], flat(reason.detail)]);
    }
  }
  return [header, ...rows].map(csvRow).join('\r\n') + '\r\n';
}
