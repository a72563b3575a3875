// "Check a claim": the user types a sentence and sees, per source, whether it supports it,
// contests it or says nothing, with the deciding sentence quoted and the engine's reason.
// Clicking a row shows that claim in its column.
import { useEffect, useId, useRef, useState } from 'react';
import type { CheckVerdict, ClaimCheck, SourceCheck } from '../../engine/check-claim';
import { MAX_CHECK_CHARS } from '../../engine/types';
import '../styles/check-claim.css';

const VERDICT: Record<CheckVerdict, { label: string; icon: string }> = {
  supports: { label: 'Supports', icon: '=' },
  contests: { label: 'Contests', icon: '≠' },
  silent: { label: 'Silent', icon: '–' },
};

interface Props {
  /** Runs the check off the UI thread (the analysis worker). */
  check: (claim: string) => Promise<ClaimCheck>;
  sourceName: (id: string) => string;
  /** Changes whenever the sources do: an answer about older texts is dropped. */
  sourcesKey: unknown;
  onShowClaim: (claimId: string) => void;
  onClose: () => void;
}

type State = { kind: 'idle' } | { kind: 'checking' } | { kind: 'done'; check: ClaimCheck } | { kind: 'error'; message: string };

export function CheckClaim({ check, sourceName, sourcesKey, onShowClaim, onClose }: Props) {
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const request = useRef(0);
  const inputId = useId();

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    request.current++;
    setState({ kind: 'idle' });
  }, [sourcesKey]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const claim = text.trim();
    if (!claim) return setState({ kind: 'error', message: 'Type a claim to check, for example one sentence from the news.' });
    if (claim.length > MAX_CHECK_CHARS) return setState({ kind: 'error', message: `That is ${claim.length} characters; check one claim (at most ${MAX_CHECK_CHARS}) at a time.` });
    const mine = ++request.current;
    setState({ kind: 'checking' });
    check(claim).then(
      (result) => mine === request.current && setState({ kind: 'done', check: result }),
      (error: Error) => mine === request.current && setState({ kind: 'error', message: `The check failed (${error.message}). Try again.` }),
    );
  };

  return (
    <section className="check-claim" aria-labelledby={`${inputId}-heading`}>
      <form className="check-form" onSubmit={submit}>
        <h2 id={`${inputId}-heading`}>
          <label htmlFor={inputId}>Check a claim</label>
        </h2>
        <input id={inputId} ref={input} type="text" value={text} onChange={(e) => setText(e.target.value)} placeholder="Type one claim: where does each source stand on it?" autoComplete="off" />
        <button type="submit" className="primary" disabled={state.kind === 'checking'}>
          Check
        </button>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close Check a claim">
          ×
        </button>
      </form>
      <div className="check-status" role="status">
        {state.kind === 'checking' && 'Checking…'}
        {state.kind === 'error' && <span className="check-error">{state.message}</span>}
        {state.kind === 'done' && summary(state.check)}
      </div>
      {state.kind === 'done' && (
        <ul className="check-results">
          {state.check.sources.map((row) => (
            <li key={row.source}>
              <CheckRow row={row} name={sourceName(row.source)} onShow={onShowClaim} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CheckRow({ row, name, onShow }: { row: SourceCheck; name: string; onShow: (claimId: string) => void }) {
  const verdict = VERDICT[row.verdict];
  const body = (
    <>
      <span className={`check-verdict check-verdict--${row.verdict}`}>
        <span aria-hidden="true">{verdict.icon}</span> {verdict.label}
      </span>
      <span className="check-source">{name}</span>
      {row.claim ? (
        <span className="check-detail">
          <q className="check-quote">
            <DecidingSentence claim={row.claim} />
          </q>
          <span className="check-reason">{row.reasons.map((r) => r.detail).join(' ')}</span>
        </span>
      ) : (
        <span className="check-detail check-silent">Says nothing about this.</span>
      )}
    </>
  );
  if (!row.claim) return <div className={`check-row check-row--${row.verdict}`}>{body}</div>;
  const id = row.claim.id;
  return (
    <button type="button" className={`check-row check-row--${row.verdict}`} onClick={() => onShow(id)} title={`Show this claim in ${name}'s column`}>
      {body}
    </button>
  );
}

/** The whole sentence, with the part that is the deciding claim marked. */
function DecidingSentence({ claim }: { claim: NonNullable<SourceCheck['claim']> }) {
  const { sentence } = claim;
  const from = Math.max(0, claim.start - sentence.start);
  const to = Math.min(sentence.text.length, claim.end - sentence.start);
  return (
    <>
      {sentence.text.slice(0, from)}
      <mark className="check-claim-mark">{sentence.text.slice(from, to)}</mark>
      {sentence.text.slice(to)}
    </>
  );
}

function summary(check: ClaimCheck): string {
  const count = (v: CheckVerdict) => check.sources.filter((s) => s.verdict === v).length;
  const parts = [`${count('supports')} support`, `${count('contests')} contest`, `${count('silent')} silent`];
  return `“${check.text}”: ${parts.join(', ')}.`;
}
