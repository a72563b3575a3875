// The warning shown when some of the user's corrections name claims that are no longer in the
// texts (a source was edited or removed). They stay in the case until the user removes them.
import type { OrphanedEdit } from '../../engine/edits';
import { describeEdit } from './use-edits';

export function OrphanedEdits({ orphaned, onRemove }: { orphaned: OrphanedEdit[]; onRemove: (id: string) => void }) {
  if (!orphaned.length) return null;
  return (
    <section className="orphaned" role="alert" aria-labelledby="orphaned-heading">
      <h2 id="orphaned-heading">
        {orphaned.length === 1 ? 'One of your corrections no longer applies' : `${orphaned.length} of your corrections no longer apply`}
      </h2>
      <p>The words they were made on are no longer in the sources, so they are kept but not applied.</p>
      <ul>
        {orphaned.map(({ edit }) => (
          <li key={edit.id}>
            <span>{capitalise(describeEdit(edit))}</span>
            <button type="button" className="small" onClick={() => onRemove(edit.id)} aria-label={`Remove ${describeEdit(edit)}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
