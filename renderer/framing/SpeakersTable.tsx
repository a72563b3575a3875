// Who speaks in each source: the people and bodies it quotes or paraphrases, their role, how many
// of its statements and what share of its words each gets (a bar with the number beside it).
import type { SourceSpeakers } from '../../engine/types';
import { ROLE_LABEL } from './lens-model';
import type { PanelSource } from './panel-types';

export function SpeakersTable({ speakers, sources }: { speakers: SourceSpeakers[]; sources: PanelSource[] }) {
  const bySource = new Map(speakers.map((s) => [s.source, s.speakers]));
  return (
    <div className="speakers-grid">
      {sources.map((source) => {
        const list = bySource.get(source.id) ?? [];
        const characters = list.reduce((n, s) => n + s.characters, 0) || 1;
        const headingId = `speakers-${source.id}`;
        return (
          <section key={source.id} className="speakers-source" aria-labelledby={headingId}>
            <h4 id={headingId}>{source.name}</h4>
            {list.length === 0 ? (
              <p className="hint">No statements.</p>
            ) : (
              <table className="framing-table speakers-table">
                <thead>
                  <tr>
                    <th scope="col">Speaker</th>
                    <th scope="col">Role</th>
                    <th scope="col" className="number">
                      Statements
                    </th>
                    <th scope="col">Share of the words</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((speaker) => {
                    const own = speaker.role === 'source-itself';
                    const share = Math.round((100 * speaker.characters) / characters);
                    return (
                      <tr key={speaker.name} className={own ? 'speaker--own' : undefined}>
                        <th scope="row">{own ? `${source.name} (own voice)` : speaker.name}</th>
                        <td>{ROLE_LABEL[speaker.role]}</td>
                        <td className="number">{speaker.claims.length}</td>
                        <td>
                          <span className="share-bar" aria-hidden="true">
                            <span style={{ width: `${share}%` }} />
                          </span>{' '}
                          {share}%<span className="sr-only"> ({speaker.characters} characters)</span>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </div>
  );
}
