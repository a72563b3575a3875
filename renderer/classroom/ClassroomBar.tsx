// The strip under the top bar while a classroom mode is on: what the mode does, and its actions.
import type { Classroom } from './use-classroom';

interface Props {
  classroom: Classroom;
  /** Claims marked by the student / claims in the case. */
  marked: number;
  total: number;
}

export function ClassroomBar({ classroom, marked, total }: Props) {
  const { blind, studentsFirst, work } = classroom;
  if (!blind && !studentsFirst) return null;
  return (
    <div className="classroom-bar" role="region" aria-label="Classroom mode">
      {blind && (
        <p className="classroom-mode">
          <strong>Blind sources:</strong> names, kinds and headlines are hidden.{' '}
          <button type="button" className="small" onClick={classroom.toggleBlind}>
            Reveal sources
          </button>
        </p>
      )}
      {studentsFirst && (
        <div className="classroom-mode classroom-mode--students">
          <p>
            <strong>Students first:</strong> Parallax’s verdicts are hidden. Open a claim to label it and link it to claims that say the same thing.{' '}
            <span className="marked-count">
              {marked} of {total} claims marked
            </span>
          </p>
          <label className="student-name">
            Your name
            <input value={work.student} maxLength={200} onChange={(e) => classroom.setWork({ ...work, student: e.target.value })} />
          </label>
          <button type="button" className="primary" onClick={() => classroom.setComparing(true)}>
            Compare with Parallax
          </button>
          <button type="button" onClick={classroom.saveWork}>
            Save work…
          </button>
          <button type="button" onClick={classroom.openWork}>
            Open student work…
          </button>
        </div>
      )}
    </div>
  );
}
