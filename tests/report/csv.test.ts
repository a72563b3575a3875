// The matrix and the reasons as CSV: RFC 4180, safe to open in a spreadsheet, and they round-trip.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/analyze';
import { buildReportModel, csvCell, renderMatrixCsv, renderReasonsCsv } from '../../report/index';
import { REASON_LABEL } from '../../report/model';
import { HOSTILE, sampleAnalysis } from './fixtures';

/** RFC 4180 reader: CRLF or LF rows, quoted fields with doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') continue;
    else if (ch === '\n') endRow();
    else field += ch;
  }
  if (field || row.length) endRow();
  return rows;
}

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(12)).toBe('12');
  });

  it.each(['=1+1', '+SUM(A1)', '-2+3', '@SUM(1)', '\tx', '\rx'])('defuses a formula: %j', (value) => {
    expect(parseCsv(`${csvCell(value)}\r\n`)[0][0]).toBe(`'${value}`);
  });

  it('leaves a cell that only contains such a sign later alone', () => {
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('renderMatrixCsv', () => {
  it('has a header, one row per point in report order and CRLF line ends; it round-trips', () => {
    const analysis = sampleAnalysis();
    const csv = renderMatrixCsv(analysis);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
    const rows = parseCsv(csv);
    const model = buildReportModel(analysis);
    expect(rows[0]).toEqual(['Point', 'Status', 'Summary', ...analysis.sources.flatMap((s) => [s.name, `${s.name}: claim`])]);
    expect(rows).toHaveLength(model.points.length + 1);
    model.points.forEach((point, i) => {
      const row = rows[i + 1];
      expect(row[0]).toBe(String(i + 1));
      expect(row[1]).toBe({ agreed: 'agreed', contested: 'contested', unique: 'only here' }[point.status]);
      analysis.sources.forEach((s, k) => {
        const stance = model.stance(point, s.id);
        expect(row[3 + 2 * k]).toBe({ agrees: 'agrees', contests: 'contests', only: 'only here', silent: 'silent' }[stance]);
        const texts = point.claims.map((id) => model.claim.get(id)!).filter((c) => c.source === s.id);
        expect(row[4 + 2 * k]).toBe(texts.map((c) => c.text.replace(/\s+/g, ' ').trim()).join(' / '));
      });
    });
  });

  it('no cell of a hostile case starts with a formula sign', () => {
    const rows = parseCsv(renderMatrixCsv(analyze(HOSTILE)));
    expect(rows[0][3]).toBe(`'=HYPERLINK("http://evil.example","click") <b>A</b>`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('renderReasonsCsv', () => {
  it('has one row per reason of every point, in report order, with both claims, their cue words and the sentence', () => {
    const analysis = sampleAnalysis();
    const csv = renderReasonsCsv(analysis);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    const model = buildReportModel(analysis);
    expect(rows[0]).toEqual(['Point', 'Status', 'Reason', 'Source', 'Claim', 'Cue words', 'Other source', 'Other claim', 'Other cue words', 'Explanation']);
    const reasons = model.points.flatMap((point) => point.reasons.map((reason) => ({ point, reason })));
    expect(reasons.some(({ reason }) => reason.kind !== 'same-content')).toBe(true);
    expect(rows).toHaveLength(reasons.length + 1);
    reasons.forEach(({ point, reason }, i) => {
      const row = rows[i + 1];
      expect(row[0]).toBe(String(model.number(point)));
      expect(row[2]).toBe(REASON_LABEL[reason.kind]);
      reason.claims.slice(0, 2).forEach((id, side) => {
        const claim = model.claim.get(id)!;
        expect(row[3 + 3 * side]).toBe(model.sourceName(claim.source));
        expect(row[4 + 3 * side]).toBe(claim.text.replace(/\s+/g, ' ').trim());
        // Each cue of this side, as the claim's words.
        for (const cue of reason.cues.filter((c) => c.claim === id)) expect(row[5 + 3 * side].split(' / ')).toContain(claim.text.slice(cue.start - claim.start, cue.end - claim.start).replace(/\s+/g, ' ').trim());
      });
      expect(row[9]).toBe(reason.detail);
    });
  });

  it('no cell of a hostile case starts with a formula sign', () => {
    const rows = parseCsv(renderReasonsCsv(analyze(HOSTILE)));
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.slice(1).some((row) => row.includes(`'=HYPERLINK("http://evil.example","click") <b>A</b>`))).toBe(true);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
