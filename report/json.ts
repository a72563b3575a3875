// The parallax/analysis@1 document as exported: with the user's corrections applied, so the
// file says what the screen shows (the engine's own verdicts stay in `engineStatus`).
import { applyEdits, type Edit } from '../engine/edits';
import type { Analysis } from '../engine/types';

export function editedAnalysis(analysis: Analysis, edits: readonly Edit[] = []): Analysis {
  return edits.length ? applyEdits(analysis, edits).analysis : analysis;
}

export function renderAnalysisJson(analysis: Analysis, edits: readonly Edit[] = []): string {
  return `${JSON.stringify(editedAnalysis(analysis, edits), null, 2)}\n`;
}
