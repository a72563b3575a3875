// The CLI's outputs over an analysis: the analyze formats, the worksheet and `check`. The
// formats themselves live in report/, shared with the app's Export dialog.
import type { Analysis, CaseInput } from '../engine/types';
import type { ClaimCheck } from '../engine/check-claim';
import type { CheckFormat, Format } from './args';
import { UserError } from './errors';

export async function renderAnalysis(analysis: Analysis, format: Format): Promise<string> {
  const report = await import('../report/index');
  switch (format) {
    case 'md':
      return report.renderMarkdown(analysis);
    case 'html':
      return report.renderHtmlReport(analysis);
    case 'csv':
      return report.renderMatrixCsv(analysis);
    case 'reasons-csv':
      return report.renderReasonsCsv(analysis);
    case 'json':
      return report.renderAnalysisJson(analysis);
  }
}

export async function renderWorksheet(analysis: Analysis, key: boolean): Promise<string> {
  const report = await import('../report/index');
  return report.renderWorksheet(analysis, { key });
}

export async function runCheck(input: CaseInput, claim: string, format: CheckFormat): Promise<string> {
  const { checkClaim, prepareCheck, MAX_CHECK_CHARS } = await import('../engine/check-claim');
  const text = claim.trim();
  if (!text) throw new UserError('the claim to check is empty; give one sentence in quotes.');
  if (text.length > MAX_CHECK_CHARS) throw new UserError(`the claim is ${text.length} characters; check one claim (at most ${MAX_CHECK_CHARS}) at a time.`);
  const check = checkClaim(prepareCheck(input), text);
  if (format === 'json') return `${JSON.stringify(check, null, 2)}\n`;
  const names = new Map(input.sources.map((s) => [s.id, s.name]));
  return formatCheck(check, (id) => names.get(id) ?? id);
}

const SIGN = { supports: '=', contests: '≠', silent: '–' } as const;

/** One block per source: its verdict, the deciding claim quoted, and the reason. */
export function formatCheck(check: ClaimCheck, nameOf: (id: string) => string): string {
  const lines = [`Claim: ${check.text}`, ''];
  for (const row of check.sources) {
    lines.push(`${SIGN[row.verdict]} ${nameOf(row.source)}: ${row.verdict}`);
    if (row.claim) lines.push(`    “${row.claim.text.replace(/\s+/g, ' ')}”`);
    for (const reason of row.reasons) lines.push(`    ${reason.detail}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
