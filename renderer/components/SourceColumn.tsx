// One source as a column: a header that stays put (name, kind, headline, counts) and the
// full text as prose with every claim marked by its point's status. A long text is drawn in
// chunks, marked only near the visible part (prose-window.ts, use-prose-window.ts).
import { memo, useMemo, useRef } from 'react';
import type { Claim, Point, PointStatus } from '../../engine/types';
import type { SourceDocument } from '../../shared/case-file';
import { toProse } from './prose';
import { chunkBlocks, isWindowed } from './prose-window';
import { useProseWindow } from './use-prose-window';
import { Chunk, markedBlock, type MarkContext } from './ProseBlocks';
import type { Highlighter } from './highlighter';
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
  /** Asks a long column for the chunks holding a point's claims. */
  highlighter?: Highlighter;
}

export const SourceColumn = memo(function SourceColumn({ source, index, headline, claims, pointOfClaim, deferred, skipHeadline, studentLabels, lens, highlighter }: Props) {
  const skip = Boolean(headline) || Boolean(skipHeadline);
  const blocks = useMemo(() => (deferred ? [] : toProse(source.text, claims ?? [], skip)), [deferred, source.text, claims, skip]);
  const chunks = useMemo(() => (isWindowed(source.text) ? chunkBlocks(blocks) : null), [source.text, blocks]);
  const body = useRef<HTMLDivElement>(null);
  const live = useProseWindow(body, chunks, claims, pointOfClaim, highlighter);
  const context: MarkContext = useMemo(() => ({ source, pointOfClaim, studentLabels, lens }), [source, pointOfClaim, studentLabels, lens]);
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
      <div ref={body} className="column-body" tabIndex={0} aria-label={`Text of ${source.name}`} data-column-body={index}>
        {!claims && <p className="column-pending">{deferred ? 'Loading…' : 'Analysing this text…'}</p>}
        {chunks
          ? chunks.map((chunk, i) => <Chunk key={chunk.start} chunk={chunk} index={i} live={live!.has(i)} context={context} />)
          : blocks.map((block) => markedBlock(block, context))}
      </div>
    </section>
  );
});
