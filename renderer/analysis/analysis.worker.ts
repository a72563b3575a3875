// The comparison engine, off the UI thread. The engine is pure TypeScript; wink-nlp loads
// its language model here on the first request, so the window never waits for it.
import { analyze } from '../../engine/analyze';
import { checkClaim, prepareCheck, type CheckContext } from '../../engine/check-claim';
import type { Analysis, CaseInput } from '../../engine/types';
import { splitVoices } from '../../engine/voices/index';
import { SourceCache } from '../../engine/source-cache';
import type { FromWorker, ToWorker } from './protocol';
import { sentPaths, splitResult } from './result-parts';
import { caseWords } from './estimate';

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);

/** Each source's sentences and analysed claims, kept while its text (and the case's names) are unchanged: the app re-analyses on every edit. */
const cache = new SourceCache();

/** The last case prepared for checks: reading the sources is the slow part, a check is not. */
let prepared: { input: CaseInput; context: CheckContext } | null = null;

function sameInput(a: CaseInput, b: CaseInput): boolean {
  return a.sources.length === b.sources.length && a.sources.every((s, i) => s.id === b.sources[i].id && s.name === b.sources[i].name && s.text === b.sources[i].text);
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'warm') {
    // Loads wink's model and touches the lexicons; on the case on screen, the engine's code is
    // also compiled for a real case before the first analysis a user asks for. The result is thrown away.
    analyze(message.input ?? { title: '', sources: [{ id: 'warm', name: 'warm', text: 'The council approved the budget on Monday.' }] }, undefined, { cache });
    return;
  }
  if (message.type === 'voices') {
    try {
      post({ type: 'voices-result', id: message.id, split: splitVoices(message.article) });
    } catch (error) {
      post({ type: 'voices-error', id: message.id, message: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  if (message.type === 'check') {
    try {
      if (!prepared || !sameInput(prepared.input, message.input)) prepared = { input: message.input, context: prepareCheck(message.input, cache) };
      post({ type: 'checked', id: message.id, check: checkClaim(prepared.context, message.claim) });
    } catch (error) {
      post({ type: 'check-error', id: message.id, message: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  const { id, input } = message;
  const words = caseWords(input);
  post({ type: 'started', id, words });
  const started = performance.now();
  try {
    // Claims and points are sent while the framing is read, so the window unpacks them meanwhile.
    let sent = new Set<string>();
    let sendingMs = 0;
    const sendAligned = (aligned: Pick<Analysis, 'claims' | 'points'>) => {
      const sending = performance.now();
      const { parts } = splitResult(aligned);
      for (const part of parts) post({ type: 'result-part', id, ...part });
      sent = sentPaths(parts);
      sendingMs += performance.now() - sending;
    };
    const analysis = analyze(input, undefined, { cache, onAligned: sendAligned });
    const ms = performance.now() - started - sendingMs;
    const { skeleton, parts } = splitResult(analysis, undefined, sent);
    for (const part of parts) post({ type: 'result-part', id, ...part });
    post({ type: 'result', id, analysis: skeleton, ms });
  } catch (error) {
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
};
