// What the views show, built in one place: the analysis with the user's corrections applied,
// then (students first) the student's own points without verdicts, then (blind) every source
// anonymised. Views get display ids; edits and student work are made with real ones.
import { useMemo } from 'react';
import { applyEdits, claimResolver, refOf, type ClaimRef } from '../../engine/edits';
import type { Claim, PointStatus } from '../../engine/types';
import type { CaseDocument } from '../../shared/case-file';
import type { AnalysisState } from '../analysis/use-analysis';
import { buildViewModel } from '../analysis/view-model';
import { blindView } from './blind';
import { compareWork } from './compare';
import { resolveWork, studentAnalysis } from './student-work';
import type { Classroom } from './use-classroom';

export function useDisplay(document: CaseDocument, state: AnalysisState, classroom: Classroom) {
  const { blind, studentsFirst, comparing, work } = classroom;
  const edited = useMemo(() => (state.analysis ? applyEdits(state.analysis, document.edits) : null), [state.analysis, document.edits]);
  const resolved = useMemo(() => (edited && (studentsFirst || comparing) ? resolveWork(work, claimResolver(edited.analysis.claims)) : null), [edited, studentsFirst, comparing, work]);
  const shown = useMemo(() => (edited && studentsFirst && resolved ? studentAnalysis(edited.analysis, resolved) : (edited?.analysis ?? null)), [edited, studentsFirst, resolved]);
  const hidden = useMemo(() => (blind ? blindView(document.sources, shown, state.analysedTexts) : null), [blind, document.sources, shown, state.analysedTexts]);

  const sources = hidden?.sources ?? document.sources;
  const model = useMemo(() => {
    const analysis = hidden ? hidden.analysis : shown;
    return analysis ? buildViewModel(analysis, sources.map((s) => s.id), new Map(sources.map((s) => [s.id, s.name]))) : null;
  }, [hidden, shown, sources]);

  const realClaims = useMemo(() => new Map((edited?.analysis.claims ?? []).map((c) => [c.id, c])), [edited]);
  const toDisplay = useMemo(() => hidden?.aliasClaim ?? ((id: string) => id), [hidden]);
  /** The real claim behind a claim on screen. */
  const realClaim = (displayId: string): Claim | undefined => realClaims.get(hidden ? hidden.realClaim(displayId) : displayId);
  const refFor = (displayId: string): ClaimRef => refOf(realClaim(displayId)!);

  /** The student's label of each claim on screen. */
  const labels = useMemo(() => new Map([...(resolved?.labels ?? [])].map(([id, label]) => [toDisplay(id), label] as [string, PointStatus])), [resolved, toDisplay]);

  const comparison = useMemo(() => {
    if (!comparing || !edited || !resolved) return null;
    const verdicts = blind ? blindView(document.sources, edited.analysis, state.analysedTexts).analysis! : edited.analysis;
    return compareWork(verdicts, labels, resolved.groups.map((g) => g.map(toDisplay)));
  }, [comparing, edited, resolved, blind, document.sources, state.analysedTexts, labels, toDisplay]);

  return {
    edited: edited?.analysis ?? null,
    orphaned: edited?.orphaned ?? [],
    model,
    sources,
    analysedTexts: hidden?.analysedTexts ?? state.analysedTexts,
    realClaim,
    refFor,
    /** The claim on screen for a real claim id (the check-a-claim panel speaks in real ids). */
    displayClaim: toDisplay,
    realSource: (id: string) => hidden?.realSource(id) ?? id,
    labels,
    missingWork: resolved?.missing ?? 0,
    comparison,
  };
}

export type Display = ReturnType<typeof useDisplay>;
