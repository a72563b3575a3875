// "Compare with Parallax": how many of the student's labels and links match the analysis, then
// every claim where they differ, with Parallax's label and its reasons.
import { useState } from 'react';
import { STATUS_LABEL, type ViewModel } from '../analysis/view-model';
import { Dialog } from '../components/Dialog';
import { reasonClass } from '../../report/model';
import { excerpt } from '../edits/excerpt';
import type { ClaimComparison, Comparison } from './compare';

interface Props {
  comparison: Comparison;
  /** The claims and source names as on screen (blind or not). */
  model: ViewModel;
  student: string;
  missing: number;
  onClose: () => void;
}

export function CompareDialog({ comparison, model, student, missing, onClose }: Props) {
  const [all, setAll] = useState(false);
  const { labels, links } = comparison;
  const worked = comparison.claims.filter((c) => c.student !== null || c.studentLinks.length > 0);
  const rows = all ? worked : comparison.claims.filter((c) => c.differs);
  const marked = labels.same + labels.different;
  const who = student.trim() ? `${student.trim()}’s` : 'Your';
  return (
    <Dialog title={`${who} reading compared with Parallax`} onClose={onClose} wide>
      <div className="compare-summary" role="status">
        <p>
          <strong>Labels:</strong> {labels.same} of {marked} marked claims are labelled as Parallax labels them, {labels.different} differently; {labels.unmarked} not marked.
        </p>
        <p>
          <strong>Links:</strong> {links.same} {links.same === 1 ? 'link matches' : 'links match'} Parallax, {links.studentOnly} {links.studentOnly === 1 ? 'is' : 'are'} not made by Parallax, and Parallax makes {links.parallaxOnly}{' '}
          {links.parallaxOnly === 1 ? 'link' : 'links'} not made here.
        </p>
        {missing > 0 && <p className="hint">{missing} of the saved labels or links name words no longer in the texts and are left out.</p>}
      </div>
      <label className="compare-toggle">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} /> Show every claim worked on, not only the differences
      </label>
      {rows.length === 0 ? (
        <p>{worked.length ? 'No differences: every label and link matches Parallax.' : 'No claim has been marked or linked yet.'}</p>
      ) : (
        <ol className="compare-list">
          {rows.map((row) => (
            <CompareRow key={row.claim.id} row={row} model={model} />
          ))}
        </ol>
      )}
    </Dialog>
  );
}

function CompareRow({ row, model }: { row: ClaimComparison; model: ViewModel }) {
  const describe = (id: string) => {
    const claim = model.claim.get(id);
    return claim ? `${model.sourceName(claim.source)}: “${excerpt(claim.text, 50)}”` : id;
  };
  const linked = (ids: string[]) => (ids.length ? ids.map(describe).join('; ') : 'nothing');
  const linksDiffer = row.studentLinks.join() !== row.parallaxLinks.join();
  return (
    <li className={`compare-row${row.differs ? ' compare-row--differs' : ''}`}>
      <p className="compare-claim">
        <strong>{model.sourceName(row.claim.source)}:</strong> {row.claim.text}
      </p>
      <dl className="compare-verdicts">
        <dt>You</dt>
        <dd>{row.student ? STATUS_LABEL[row.student] : 'not marked'}</dd>
        <dt>Parallax</dt>
        <dd>
          <span className={`status-chip status-chip--${row.parallax}`}>{STATUS_LABEL[row.parallax]}</span>
          {row.point.decidedBy === 'user' && <span className="decided-by">corrected by the teacher</span>}
        </dd>
        {linksDiffer && (
          <>
            <dt>You linked it with</dt>
            <dd>{linked(row.studentLinks)}</dd>
            <dt>Parallax links it with</dt>
            <dd>{linked(row.parallaxLinks)}</dd>
          </>
        )}
      </dl>
      {row.reasons.length > 0 && (
        <ul className="reasons">
          {row.reasons.map((r, i) => (
            <li key={i} className={reasonClass(r.kind)}>
              {r.detail}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
