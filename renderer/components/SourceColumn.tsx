// One source as a column: a header that stays put (name, kind, headline, counts) and the
// full text as prose with every claim marked by its point's status.
import { Fragment, memo } from 'react';
import type { Claim, Point, PointStatus } from '../../engine/types';
import type { SourceDocument } from '../../shared/case-file';
import { statusLabel } from '../analysis/view-model';
import { toProse } from './prose';
import { lensText, runOffsets } from '../framing/LensText';
import type { LensCue } from '../framing/lens-model';

interface Props {
  source: SourceDocument;
  index: number;
  headline: string | null;
  /** null while this text has not been analysed yet. */
  claims: Claim[] | null;
  pointOfClaim: Map<string, Point>;
  /** Header only for now: the text follows a frame later (see Columns' reveal). */
  deferred?: boolean;
  /** The text's "# " headline is left out of the prose even when the header does not show it (blind sources). */
  skipHeadline?: boolean;
  /** Students first: claims carry the student's own labels (or a neutral mark), never the engine's. */
  studentLabels?: Map<string, PointStatus>;
  /** Framing lens cues of the layers that are on (renderer/framing). */
  lens?: LensCue[];
}

export const SourceColumn = memo(function SourceColumn({ source, index, headline, claims, pointOfClaim, deferred, skipHeadline, studentLabels, lens }: Props) {
  const blocks = deferred ? [] : toProse(source.text, claims ?? [], Boolean(headline) || Boolean(skipHeadline));
  const counts: Record<PointStatus, number> = { agreed: 0, contested: 0, unique: 0 };
  for (const c of claims ?? []) {
    const p = pointOfClaim.get(c.id);
    if (p) counts[p.status]++;
  }
  const headingId = `column-${source.id}-name`;
  return (
    <section className="column" aria-labelledby={headingId} data-source={source.id}>
      <header className="column-header">
        <div className="column-title">
          <h2 id={headingId}>
            <span className="column-number" aria-hidden="true">
              {index + 1}
            </span>
            {source.name}
          </h2>
          {source.kind && <span className="kind-badge">{source.kind}</span>}
        </div>
        {headline && <p className="column-headline">{headline}</p>}
        {claims && !studentLabels && (
          <p className="column-counts">
            <span className="count count--agreed">{counts.agreed} agreed</span>
            <span className="count count--contested">{counts.contested} contested</span>
            <span className="count count--unique">{counts.unique} only here</span>
          </p>
        )}
      </header>
      <div className="column-body" tabIndex={0} aria-label={`Text of ${source.name}`} data-column-body={index}>
        {!claims && <p className="column-pending">{deferred ? 'Loading…' : 'Analysing this text…'}</p>}
        {blocks.map((block) => {
          const offsets = lens?.length ? runOffsets(source.text, block) : null;
          const content = block.runs.map((run, i) => {
            const shown = offsets ? lensText(run.text, offsets[i], lens) : run.text;
            if (run.kind === 'text') return offsets ? <Fragment key={i}>{shown}</Fragment> : run.text;
            const point = pointOfClaim.get(run.claim.id);
            const own = studentLabels?.get(run.claim.id);
            const status = studentLabels ? (own ?? 'neutral') : (point?.status ?? 'unique');
            const label = studentLabels ? (own ? `You said ${statusLabel(own).toLowerCase()}` : 'Not marked yet') : statusLabel(point?.status ?? 'unique', source.name) + (point?.decidedBy === 'user' ? ' (your correction)' : '');
            return (
              <span
                key={i}
                className={`claim claim--${status}${point?.decidedBy === 'user' ? ' claim--corrected' : ''}`}
                data-claim={run.claim.id}
                data-point={point?.id}
                data-status={status}
                title={point && !studentLabels ? reasonFor(point, run.claim.id) : undefined}
                role="button"
                tabIndex={0}
              >
                {status === 'contested' && (
                  <span className="claim-icon" aria-hidden="true">
                    ≠
                  </span>
                )}
                <span className="sr-only">{label}: </span>
                {shown}
              </span>
            );
          });
          return block.kind === 'heading' ? <h3 key={block.start}>{content}</h3> : <p key={block.start}>{content}</p>;
        })}
      </div>
    </section>
  );
});

/** The tooltip: the reasons that involve this claim, in the engine's plain sentences. */
function reasonFor(point: Point, claimId: string): string | undefined {
  const mine = point.reasons.filter((r) => r.claims.includes(claimId) && (point.status !== 'contested' || r.kind !== 'same-content'));
  return mine.length ? mine.map((r) => r.detail).join('\n') : undefined;
}
