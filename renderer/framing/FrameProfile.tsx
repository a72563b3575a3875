// The frame section of the Framing panel: the chart, its key, the numbers as a table, and for a
// chosen frame the statements that count for it with the words that put them there.
import { useState } from 'react';
import type { ClaimFraming, FrameDimension, SourceFrameProfile } from '../../engine/types';
import { FRAME_DESCRIPTIONS } from '../../engine/lexicons/framing/frames';
import { FrameChart, TextureSwatch } from './FrameChart';
import { frameEvidence, frameName, frameRows } from './frame-data';
import type { ClaimLookup, PanelSource } from './panel-types';

interface Props {
  profiles: SourceFrameProfile[];
  claims: ClaimFraming[];
  sources: PanelSource[];
  claim: ClaimLookup;
}

export function FrameProfile({ profiles, claims, sources, claim }: Props) {
  const [frame, setFrame] = useState<FrameDimension | null>(null);
  const rows = frameRows(profiles, sources.map((s) => s.id));
  if (!rows.length) return <p className="hint">No statement uses the words of any frame.</p>;
  const counts = new Map(profiles.map((p) => [p.source, p]));
  return (
    <>
      <figure className="frame-figure" aria-labelledby="frame-chart-caption">
        <figcaption id="frame-chart-caption">
          Share of each source’s statements that use each frame. The number on a bar is the source’s column.
        </figcaption>
        <div role="img" aria-label="Bar chart of the share of statements per frame and source; the same numbers are in the table “Show the numbers”.">
          <FrameChart rows={rows} sources={sources} onFrame={setFrame} />
        </div>
        <ul className="frame-key" aria-label="Sources in the chart">
          {sources.map((s, i) => (
            <li key={s.id}>
              <TextureSwatch index={i} /> <strong>{s.number}</strong> {s.name}
            </li>
          ))}
        </ul>
      </figure>
      <details className="frame-numbers">
        <summary>Show the numbers</summary>
        <table className="framing-table">
          <caption className="sr-only">Statements per frame and source</caption>
          <thead>
            <tr>
              <th scope="col">Frame</th>
              {sources.map((s) => (
                <th key={s.id} scope="col">
                  {s.number}. {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.frame}>
                <th scope="row">{row.name}</th>
                {sources.map((s) => {
                  const used = counts.get(s.id)?.shares.find((x) => x.frame === row.frame)?.claims ?? 0;
                  return (
                    <td key={s.id}>
                      {used} of {counts.get(s.id)?.claims ?? 0} ({row[s.id]}%)
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <h4 className="frame-list-title">What each frame means: choose one to see the statements that count for it</h4>
      <ul className="frame-list">
        {rows.map((row) => (
          <li key={row.frame}>
            <button type="button" className="link-button frame-button" aria-pressed={frame === row.frame} onClick={() => setFrame(frame === row.frame ? null : row.frame)}>
              <strong>{row.name}</strong>
              <span>{FRAME_DESCRIPTIONS[row.frame].split(': ')[1]}</span>
            </button>
          </li>
        ))}
      </ul>
      {frame && <Evidence frame={frame} claims={claims} sources={sources} claim={claim} />}
    </>
  );
}

function Evidence({ frame, claims, sources, claim }: { frame: FrameDimension; claims: ClaimFraming[]; sources: PanelSource[]; claim: ClaimLookup }) {
  const evidence = frameEvidence(claims, (id) => claim(id)?.source, frame);
  return (
    <section className="frame-evidence" aria-labelledby="frame-evidence-title" aria-live="polite">
      <h4 id="frame-evidence-title">Statements in the “{frameName(frame)}” frame</h4>
      {sources.map((s) => {
        const list = evidence.get(s.id) ?? [];
        return (
          <div key={s.id} className="frame-evidence-source">
            <h5>
              {s.number}. {s.name}: {list.length} {list.length === 1 ? 'statement' : 'statements'}
            </h5>
            <ul>
              {list.map(({ claim: id, hits }) => {
                const c = claim(id);
                if (!c) return null;
                return (
                  <li key={id}>
                    <q>{marked(c.text, c.start, hits)}</q>{' '}
                    <span className="frame-lemmas">
                      words: {[...new Set(hits.map((h) => h.lemma))].join(', ')}
                      {hits.some((h) => h.quoted) && ' (some inside a quotation)'}
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

/** The claim's text with its frame words in <mark>. */
function marked(text: string, start: number, hits: { start: number; end: number }[]): React.ReactNode[] {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const h of [...hits].sort((a, b) => a.start - b.start)) {
    const [from, to] = [h.start - start, h.end - start];
    if (from < cursor || from < 0 || to > text.length) continue;
    parts.push(text.slice(cursor, from), <mark key={from} className="cue">{text.slice(from, to)}</mark>);
    cursor = to;
  }
  parts.push(text.slice(cursor));
  return parts;
}
