// The blocks of a column's text: marked (every claim a focusable mark in its point's colour) or
// plain (the same words without marks, for the parts of a long text far from view).
import { Fragment, memo, type ReactNode } from 'react';
import type { Point, PointStatus } from '../../engine/types';
import type { SourceDocument } from '../../shared/case-file';
import { statusLabel } from '../analysis/view-model';
import type { ProseBlock } from './prose';
import { blockText, type ProseChunk } from './prose-window';
import { lensText, runOffsets } from '../framing/LensText';
import type { LensCue } from '../framing/lens-model';

export interface MarkContext {
  source: SourceDocument;
  pointOfClaim: Map<string, Point>;
  /** Students first: claims carry the student's own labels (or a neutral mark), never the engine's. */
  studentLabels?: Map<string, PointStatus>;
  /** Framing lens cues of the layers that are on (renderer/framing). */
  lens?: LensCue[];
}

const wrap = (block: ProseBlock, content: ReactNode) => (block.kind === 'heading' ? <h3 key={block.start}>{content}</h3> : <p key={block.start}>{content}</p>);

export function plainBlock(block: ProseBlock): ReactNode {
  return wrap(block, blockText(block));
}

export function markedBlock(block: ProseBlock, { source, pointOfClaim, studentLabels, lens }: MarkContext): ReactNode {
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
  // One plain run: the very element a plain block is, so marking it changes nothing.
  return wrap(block, content.length === 1 && typeof content[0] === 'string' ? content[0] : content);
}

/** One chunk of a long text; only the chunks whose `live` flips are drawn again. */
export const Chunk = memo(function Chunk({ chunk, index, live, context }: { chunk: ProseChunk; index: number; live: boolean; context: MarkContext }) {
  return (
    <div className="prose-chunk" data-chunk={index}>
      {chunk.blocks.map((block) => (live ? markedBlock(block, context) : plainBlock(block)))}
    </div>
  );
});

/** The tooltip: the reasons that involve this claim, in the engine's plain sentences. */
function reasonFor(point: Point, claimId: string): string | undefined {
  const mine = point.reasons.filter((r) => r.claims.includes(claimId) && (point.status !== 'contested' || r.kind !== 'same-content'));
  return mine.length ? mine.map((r) => r.detail).join('\n') : undefined;
}
