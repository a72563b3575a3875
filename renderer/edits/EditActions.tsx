// Corrections in the details drawer: relabel the point, link a claim into it, merge another
// point into it, split claims off, and notes. Every control is a labelled button, select or
// text field, so all of it works from the keyboard and reads well to a screen reader.
import { useId, useState } from 'react';
import type { Claim, Point, PointStatus } from '../../engine/types';
import type { ClaimRef } from '../../engine/edits';
import { STATUS_LABEL, type ViewModel } from '../analysis/view-model';
import type { NewEdit } from './use-edits';
import { ClaimPicker } from './ClaimPicker';
import { excerpt } from './excerpt';

interface Props {
  model: ViewModel;
  point: Point;
  refFor: (claimId: string) => ClaimRef;
  onEdit: (edit: NewEdit) => void;
}

const STATUSES: PointStatus[] = ['agreed', 'contested', 'unique'];

export function EditActions({ model, point, refFor, onEdit }: Props) {
  const id = useId();
  const claims = point.claims.map((c) => model.claim.get(c)).filter((c): c is Claim => c !== undefined);
  const anchor = refFor(point.claims[0]);
  const [linkClaim, setLinkClaim] = useState('');
  const [mergePoint, setMergePoint] = useState('');
  const [splitOff, setSplitOff] = useState<string[]>([]);
  const [note, setNote] = useState(point.note ?? '');
  const others = model.points.filter((p) => p.id !== point.id);
  const label = (c: Claim) => `${model.sourceName(c.source)}: ${excerpt(c.text)}`;

  return (
    <section className="drawer-section corrections" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Correct this point</h3>
      <div className="correction-row" role="group" aria-label="Label this point as">
        <span className="correction-label" aria-hidden="true">
          Label:
        </span>
        {STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            aria-pressed={point.status === status}
            onClick={() => point.status !== status && onEdit({ op: 'relabel', claim: anchor, status })}
          >
            {STATUS_LABEL[status]}
          </button>
        ))}
      </div>

      <form
        className="correction-row"
        onSubmit={(event) => {
          event.preventDefault();
          if (linkClaim) onEdit({ op: 'link', claim: refFor(linkClaim), to: anchor });
          setLinkClaim('');
        }}
      >
        <ClaimPicker id={`${id}-link`} label="Link a claim to this point" model={model} exclude={point.claims} value={linkClaim} onChange={setLinkClaim} />
        <button type="submit" disabled={!linkClaim}>
          Link
        </button>
      </form>

      <form
        className="correction-row"
        onSubmit={(event) => {
          event.preventDefault();
          const other = model.point.get(mergePoint);
          if (other) onEdit({ op: 'merge', claim: anchor, other: refFor(other.claims[0]) });
          setMergePoint('');
        }}
      >
        <label htmlFor={`${id}-merge`}>Merge another point into this one</label>
        <select id={`${id}-merge`} value={mergePoint} onChange={(e) => setMergePoint(e.target.value)}>
          <option value="">Choose a point…</option>
          {others.map((p) => {
            const first = model.claim.get(p.claims[0]);
            return (
              <option key={p.id} value={p.id}>
                {model.points.indexOf(p) + 1}. {first ? label(first) : p.id}
              </option>
            );
          })}
        </select>
        <button type="submit" disabled={!mergePoint}>
          Merge
        </button>
      </form>

      {claims.length >= 2 && (
        <fieldset className="correction-split">
          <legend>Split: move these claims to a new point</legend>
          {claims.map((c) => (
            <label key={c.id}>
              <input
                type="checkbox"
                checked={splitOff.includes(c.id)}
                onChange={(e) => setSplitOff((list) => (e.target.checked ? [...list, c.id] : list.filter((x) => x !== c.id)))}
              />
              {label(c)}
            </label>
          ))}
          <button
            type="button"
            disabled={!splitOff.length || splitOff.length === claims.length}
            onClick={() => {
              onEdit({ op: 'split', claims: splitOff.map(refFor) });
              setSplitOff([]);
            }}
          >
            Split off {splitOff.length || ''} {splitOff.length === 1 ? 'claim' : 'claims'}
          </button>
        </fieldset>
      )}

      <form
        className="correction-note"
        onSubmit={(event) => {
          event.preventDefault();
          onEdit({ op: 'note', target: 'point', claim: anchor, text: note });
        }}
      >
        <label htmlFor={`${id}-note`}>Your note on this point</label>
        <textarea id={`${id}-note`} rows={3} value={note} onChange={(e) => setNote(e.target.value)} maxLength={10_000} />
        <button type="submit" disabled={note.trim() === (point.note ?? '')}>
          {point.note && !note.trim() ? 'Remove note' : 'Save note'}
        </button>
      </form>
    </section>
  );
}

/** Under each claim in the drawer: take it out of the point, or note something about it. */
interface ClaimActionsProps {
  claim: Claim;
  /** The source's name as shown, so two claims with the same opening words get distinct names. */
  source: string;
  alone: boolean;
  refFor: (id: string) => ClaimRef;
  onEdit: (edit: NewEdit) => void;
}

export function ClaimActions({ claim, source, alone, refFor, onEdit }: ClaimActionsProps) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(claim.note ?? '');
  const id = useId();
  const words = `${source}’s “${excerpt(claim.text, 40)}”`;
  return (
    <div className="claim-actions">
      {!alone && (
        <button type="button" className="small" onClick={() => onEdit({ op: 'unlink', claim: refFor(claim.id) })} aria-label={`Unlink ${words} from this point`}>
          Unlink
        </button>
      )}
      <button type="button" className="small" aria-expanded={editing} onClick={() => setEditing((e) => !e)} aria-label={`${claim.note ? 'Edit the note on' : 'Add a note to'} ${words}`}>
        {claim.note ? 'Edit note' : 'Note'}
      </button>
      {editing && (
        <form
          className="claim-note-form"
          onSubmit={(event) => {
            event.preventDefault();
            onEdit({ op: 'note', target: 'claim', claim: refFor(claim.id), text });
            setEditing(false);
          }}
        >
          <label htmlFor={`${id}-text`} className="sr-only">
            Note on {words}
          </label>
          <textarea id={`${id}-text`} rows={2} value={text} onChange={(e) => setText(e.target.value)} maxLength={10_000} />
          <button type="submit">Save note</button>
        </form>
      )}
    </div>
  );
}
