// The details drawer in "students first" mode: the student's own point (the claims they linked),
// a label for each claim, and linking. No verdicts and no reasons until they compare.
import { useId, useState } from 'react';
import type { Claim, Point, PointStatus } from '../../engine/types';
import { STATUS_LABEL, type ViewModel } from '../analysis/view-model';
import { DrawerResizer } from '../components/DrawerResizer';
import { excerpt } from '../edits/excerpt';
import { ClaimPicker } from '../edits/ClaimPicker';

interface Props {
  width: number;
  onWidth: (width: number) => void;
  model: ViewModel;
  point: Point;
  labels: Map<string, PointStatus>;
  onLabel: (claimId: string, label: PointStatus | null) => void;
  onLink: (claimId: string, otherId: string) => void;
  onUnlink: (claimId: string) => void;
  onClose: () => void;
}

const LABELS: PointStatus[] = ['agreed', 'contested', 'unique'];

export function StudentDrawer({ width, onWidth, model, point, labels, onLabel, onLink, onUnlink, onClose }: Props) {
  const id = useId();
  const [other, setOther] = useState('');
  const claims = point.claims.map((c) => model.claim.get(c)).filter((c): c is Claim => c !== undefined);

  return (
    <aside className="drawer student-drawer" aria-labelledby="drawer-heading" style={{ width }}>
      <DrawerResizer width={width} onWidth={onWidth} />
      <div className="drawer-content">
        <header className="drawer-header">
          <h2 id="drawer-heading" tabIndex={-1}>
            Your point{claims.length > 1 ? `: ${claims.length} linked claims` : ''}
          </h2>
          <button type="button" className="icon-button" onClick={onClose} aria-label="Close details (Esc)">
            ×
          </button>
        </header>
        <p className="hint">Is each claim agreed by another source, contested by one, or only in this source? Link claims that speak of the same thing.</p>

        {claims.map((c) => {
          const words = excerpt(c.text, 40);
          return (
            <article key={c.id} className="source-card">
              <h3>{model.sourceName(c.source)}</h3>
              <blockquote>{c.text}</blockquote>
              <div className="correction-row" role="group" aria-label={`Your label for “${words}”`}>
                {LABELS.map((label) => {
                  const on = labels.get(c.id) === label;
                  return (
                    <button key={label} type="button" aria-pressed={on} onClick={() => onLabel(c.id, on ? null : label)}>
                      {STATUS_LABEL[label]}
                    </button>
                  );
                })}
                {claims.length > 1 && (
                  <button type="button" className="small" onClick={() => onUnlink(c.id)} aria-label={`Unlink “${words}”`}>
                    Unlink
                  </button>
                )}
              </div>
            </article>
          );
        })}

        <form
          className="correction-row drawer-section"
          onSubmit={(event) => {
            event.preventDefault();
            if (other && claims[0]) onLink(claims[0].id, other);
            setOther('');
          }}
        >
          <ClaimPicker id={`${id}-link`} label="Link a claim that speaks of the same thing" model={model} exclude={point.claims} value={other} onChange={setOther} />
          <button type="submit" disabled={!other}>
            Link
          </button>
        </form>
      </div>
    </aside>
  );
}
