// Everything the window adds on top of the engine's analysis: the user's corrections with undo
// and redo, the classroom modes, and what the views show as a result (renderer/classroom/use-display).
import type { Edit } from '../../engine/edits';
import type { PointStatus } from '../../engine/types';
import type { AnalysisState } from '../analysis/use-analysis';
import type { useCase } from '../case/use-case';
import type { TopBarAction } from '../components/TopBar';
import type { Host } from '../host/host';
import { describeEdit, useEdits, type NewEdit } from '../edits/use-edits';
import { withLabel, withLink, withoutLinks } from './student-work';
import { useClassroom } from './use-classroom';
import { useDisplay } from './use-display';

type CaseApi = ReturnType<typeof useCase>;

function isTextField(el: Element | null): boolean {
  return Boolean(el && ((el as HTMLElement).isContentEditable || ['INPUT', 'TEXTAREA'].includes(el.tagName)));
}

export function useWorkbench(host: Host, kase: CaseApi, analysis: AnalysisState, presentation: boolean) {
  const edits = useEdits(kase.document.edits, kase.dispatch, kase.generation);
  const classroom = useClassroom(host, kase.document, kase.notify, kase.generation);
  const display = useDisplay(kase.document, analysis, classroom);

  const announce = (edit: Edit | null, done: string, nothing: string) => kase.notify('info', edit ? `${done} ${describeEdit(edit)}.` : nothing);
  /** Edit > Undo: typing in a text field is undone there; anywhere else, the last correction. */
  const undo = () => (isTextField(document.activeElement) ? void document.execCommand('undo') : announce(edits.undo(), 'Undid', 'There is no correction to undo.'));
  const redo = () => (isTextField(document.activeElement) ? void document.execCommand('redo') : announce(edits.redo(), 'Redid', 'There is no correction to redo.'));

  const student = {
    label: (claimId: string, label: PointStatus | null) => {
      const claim = display.realClaim(claimId);
      if (claim && display.edited) classroom.setWork((w) => withLabel(w, display.edited!, claim, label));
    },
    link: (claimId: string, otherId: string) => {
      const [a, b] = [display.realClaim(claimId), display.realClaim(otherId)];
      if (a && b) classroom.setWork((w) => withLink(w, a, b));
    },
    unlink: (claimId: string) => {
      const claim = display.realClaim(claimId);
      if (claim && display.edited) classroom.setWork((w) => withoutLinks(w, display.edited!, claim));
    },
  };

  const actions: TopBarAction[] = [
    { label: 'Blind', onClick: classroom.toggleBlind, title: 'Hide the sources’ names, kinds and headlines', pressed: classroom.blind },
    { label: 'Students first', onClick: classroom.toggleStudentsFirst, title: 'Hide Parallax’s verdicts until the students have made their own', pressed: classroom.studentsFirst },
    ...(presentation ? [{ label: 'One point', onClick: () => classroom.setOnePoint((on) => !on), title: 'Show one point at a time, large', pressed: classroom.onePoint }] : []),
  ];

  return {
    edits,
    classroom,
    display,
    undo,
    redo,
    addEdit: (edit: NewEdit) => edits.add(edit),
    student,
    actions,
    marked: display.labels.size,
  };
}

export type Workbench = ReturnType<typeof useWorkbench>;
