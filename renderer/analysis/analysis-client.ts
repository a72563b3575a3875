// Runs analyses in a Web Worker. A new request replaces a running one: the old worker is
// terminated (the engine is synchronous, so it cannot be interrupted any other way).
import type { Analysis, CaseInput } from '../../engine/types';
import type { FromWorker } from './protocol';

export interface AnalysisCallbacks {
  onStarted(words: number): void;
  onResult(analysis: Analysis, ms: number): void;
  onError(message: string): void;
}

export class AnalysisClient {
  private worker: Worker | null = null;
  private busy = false;
  private nextId = 1;
  private current = 0;

  /** `createWorker` comes from the entry point, which knows how the bundler builds workers. */
  constructor(private readonly createWorker: () => Worker) {}

  run(input: CaseInput, callbacks: AnalysisCallbacks): void {
    if (this.busy) this.dispose();
    const worker = (this.worker ??= this.createWorker());
    const id = (this.current = this.nextId++);
    this.busy = true;
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.id !== this.current) return;
      if (message.type === 'started') callbacks.onStarted(message.words);
      else {
        this.busy = false;
        if (message.type === 'result') callbacks.onResult(message.analysis, message.ms);
        else callbacks.onError(message.message);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.busy = false;
      this.dispose();
      callbacks.onError(event.message || 'the analysis stopped unexpectedly');
    };
    worker.postMessage({ type: 'analyze', id, input });
  }

  /** Starts the worker and has it load the language model now, so the first real request is quick. */
  warm(): void {
    if (this.worker) return;
    this.worker = this.createWorker();
    this.worker.postMessage({ type: 'warm' });
  }

  cancel(): void {
    if (this.busy) this.dispose();
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.busy = false;
  }
}
