// How each source names the actors the case shares: one row per actor, one column per source,
// each cell the phrases that source uses (names upright, descriptions in italics and labelled,
// quoted phrases with a quotation mark), most frequent first.
import type { ActorLabel, Naming } from '../../engine/types';
import type { PanelSource } from './panel-types';

interface Phrase {
  text: string;
  kind: ActorLabel['kind'];
  quoted: boolean;
  count: number;
}

function phrasesOf(labels: ActorLabel[]): Phrase[] {
  const byKey = new Map<string, Phrase>();
  for (const l of labels) {
    const key = `${l.kind}|${l.quoted}|${l.text}`;
    const found = byKey.get(key);
    if (found) found.count++;
    else byKey.set(key, { text: l.text, kind: l.kind, quoted: l.quoted, count: 1 });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

export function NamingTable({ naming, sources }: { naming: Naming; sources: PanelSource[] }) {
  if (!naming.actors.length) return <p className="hint">No person, organisation or place is named by two sources or more.</p>;
  const cell = new Map<string, ActorLabel[]>();
  for (const l of naming.labels) {
    const key = `${l.actor}\n${l.source}`;
    (cell.get(key) ?? cell.set(key, []).get(key)!).push(l);
  }
  return (
    <>
      <p className="hint naming-key">
        Names are upright; <em className="naming-description">descriptions</em> are in italics and marked “desc.”; a phrase inside someone’s quotation starts with <span className="naming-quoted">“</span>. ×2 = used twice.
      </p>
      <div className="framing-scroll">
        <table className="framing-table naming-table">
          <caption className="sr-only">How each source names the actors the case shares</caption>
          <thead>
            <tr>
              <th scope="col">Actor</th>
              {sources.map((s) => (
                <th key={s.id} scope="col">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {naming.actors.map((actor) => (
              <tr key={actor.key}>
                <th scope="row">{actor.name}</th>
                {sources.map((s) => {
                  const phrases = phrasesOf(cell.get(`${actor.key}\n${s.id}`) ?? []);
                  return (
                    <td key={s.id}>
                      {phrases.length === 0 ? (
                        <span className="silent">
                          <span aria-hidden="true">—</span>
                          <span className="sr-only">not named</span>
                        </span>
                      ) : (
                        <ul className="naming-phrases">
                          {phrases.map((p) => (
                            <li key={`${p.kind}|${p.quoted}|${p.text}`} className={`naming-phrase naming-phrase--${p.kind}`}>
                              {p.quoted && (
                                <span className="naming-quoted" title="Inside a quotation: the speaker’s words">
                                  “<span className="sr-only">quoted: </span>
                                </span>
                              )}
                              {p.kind === 'description' ? <em className="naming-description">{p.text}</em> : p.text}
                              {p.kind === 'description' && <span className="naming-kind"> desc.</span>}
                              {p.count > 1 && <span className="naming-count"> ×{p.count}</span>}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
