// The comparison engine, off the UI thread. The engine is pure TypeScript; wink-nlp loads
// its language model here on the first request, so the window never waits for it.
import { analyze } from '../../engine/analyze';
import type { FromWorker, ToWorker } from './protocol';

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  if (event.data.type === 'warm') {
    // Loads wink's model and touches the lexicons; the result is thrown away.
    analyze({ title: '', sources: [{ id: 'warm', name: 'warm', text: 'The council approved the budget on Monday.' }] });
    return;
  }
  const { id, input } = event.data;
  const words = input.sources.reduce((sum, s) => sum + (s.text.match(/\S+/g)?.length ?? 0), 0);
  post({ type: 'started', id, words });
  const started = performance.now();
  try {
    const analysis = analyze(input);
    post({ type: 'result', id, analysis, ms: performance.now() - started });
  } catch (error) {
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
};
