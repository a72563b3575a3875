// A labelled select of the case's claims, grouped by source: the claims a point does not hold yet,
// for linking one to it (corrections and students' own links alike).
import type { ViewModel } from '../analysis/view-model';
import { excerpt } from './excerpt';

interface Props {
  id: string;
  label: string;
  model: ViewModel;
  /** Claims not offered (the point's own). */
  exclude: readonly string[];
  value: string;
  onChange: (claimId: string) => void;
}

export function ClaimPicker({ id, label, model, exclude, value, onChange }: Props) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose a claim…</option>
        {model.sourceIds.map((sourceId) => (
          <optgroup key={sourceId} label={model.sourceName(sourceId)}>
            {(model.claimsBySource.get(sourceId) ?? [])
              .filter((c) => !exclude.includes(c.id))
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {excerpt(c.text)}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </>
  );
}
