// A point's reasons as a list: a few of a kind one by one; many of a kind summed up as each
// source's words, with every pair behind a disclosure (see `groupReasons`).
import type { Point, Reason } from '../../engine/types';
import type { ViewModel } from '../analysis/view-model';
import { groupExtent, groupReasons, sharedWordsLine, sourceWordsLine, type ReasonGroup } from '../../report/reason-groups';
import { REASON_LABEL, reasonClass } from '../../report/model';

interface Props {
  model: ViewModel;
  reasons: Point['reasons'];
  className: string;
  /** Each reason's kind before its sentence (the drawer); the presenter shows sentences alone. */
  labels?: boolean;
}

export function ReasonList({ model, reasons, className, labels = false }: Props) {
  const groups = groupReasons(reasons, model.claim, model.sourceIds);
  return (
    <ul className={className}>
      {groups.map((group) =>
        group.summary ? <GroupSummary key={group.kind} group={group} model={model} /> : group.reasons.map((reason, i) => <ReasonItem key={`${group.kind}-${i}`} reason={reason} labels={labels} />),
      )}
    </ul>
  );
}

function ReasonItem({ reason, labels }: { reason: Reason; labels: boolean }) {
  return (
    <li className={reasonClass(reason.kind)}>
      {labels && <strong>{REASON_LABEL[reason.kind]}. </strong>}
      {reason.detail}
    </li>
  );
}

/** Always labelled: the kind is what the summary is about. */
function GroupSummary({ group, model }: { group: ReasonGroup; model: ViewModel }) {
  const sources = group.summary!;
  const pairs = group.reasons.length;
  const shared = sharedWordsLine(group);
  return (
    <li className={`${reasonClass(group.kind)} reason-group`}>
      <strong>{REASON_LABEL[group.kind]}.</strong> {groupExtent(group)}:
      <ul className="reason-sources">
        {shared && <li className="reason-shared">{shared}</li>}
        {sources.map(({ source, words }) => (
          <li key={source}>{sourceWordsLine(model.sourceName(source), words)}</li>
        ))}
      </ul>
      <details>
        <summary>Every pair ({pairs})</summary>
        <ul className="reason-pairs">
          {group.reasons.map((reason, i) => (
            <ReasonItem key={i} reason={reason} labels={false} />
          ))}
        </ul>
      </details>
    </li>
  );
}
