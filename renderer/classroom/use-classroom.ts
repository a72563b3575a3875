// The classroom modes and a student's work: blind sources, students first (with the student's
// labels and links, saved to a file of its own), "compare with Parallax", and the presenter's
// one-point-at-a-time view.
import { useCallback, useEffect, useState } from 'react';
import type { CaseDocument } from '../../shared/case-file';
import { hashSources, type StudentWork } from '../../shared/student-file';
import type { Host } from '../host/host';
import type { Notice } from '../components/Notices';
import { emptyWork } from './student-work';

export function useClassroom(host: Host, document: CaseDocument, notify: (kind: Notice['kind'], text: string) => void, generation: number) {
  const [blind, setBlind] = useState(false);
  const [studentsFirst, setStudentsFirst] = useState(false);
  const [onePoint, setOnePoint] = useState(false);
  const [comparing, setComparing] = useState(false);
  const [work, setWork] = useState<StudentWork>(emptyWork);

  // Another case: a student's work on the previous one does not apply.
  useEffect(() => {
    setWork(emptyWork());
    setComparing(false);
  }, [generation]);

  const saveWork = useCallback(async () => {
    const stamped: StudentWork = { ...work, case: { title: document.title, sourcesHash: await hashSources(document.sources) } };
    const who = work.student.trim();
    const result = await host.saveStudentWork(stamped, `${document.title || 'Untitled case'}${who ? ` - ${who}` : ''}`);
    if (result.status === 'failed') notify('error', result.message);
    else if (result.status === 'saved') notify('info', `Saved the student's work as ${result.path.split(/[\\/]/).pop()}.`);
  }, [host, work, document, notify]);

  const openWork = useCallback(async () => {
    const result = await host.openStudentWork();
    if (result.status === 'failed') return notify('error', result.message);
    if (result.status !== 'opened') return;
    const name = result.path.split(/[\\/]/).pop();
    const hash = await hashSources(document.sources);
    if (result.work.case.sourcesHash !== hash) {
      const title = result.work.case.title ? `“${result.work.case.title}”` : 'another case';
      notify('error', `${name} was made on ${result.work.case.title === document.title ? 'other texts of this case' : title}; claims are matched by their words, and those not found are left out.`);
    }
    setWork(result.work);
    setComparing(true);
  }, [host, document, notify]);

  return {
    blind,
    toggleBlind: () => setBlind((b) => !b),
    studentsFirst,
    toggleStudentsFirst: () => setStudentsFirst((s) => !s),
    onePoint,
    setOnePoint,
    comparing,
    setComparing,
    work,
    setWork,
    saveWork: () => void saveWork(),
    openWork: () => void openWork(),
  };
}

export type Classroom = ReturnType<typeof useClassroom>;
