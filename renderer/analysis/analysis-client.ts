// Runs analyses in a Web Worker. A new request replaces a running one: the old worker is
// terminated (the engine is synchronous, so it cannot be interrupted any other way), unless the
// running one is nearly done, when the new one waits for it: a new worker has lost the compiled
// engine and the sources it kept, which costs more than the wait. Claim checks share the worker,
// which keeps the prepared case between them; a check caught by a restart is sent again to the
// new worker rather than lost.
import type { Analysis, CaseInput, VoiceSplit } from '../../engine/types';
import type { ClaimCheck } from '../../engine/check-claim';
import type { FromWorker, ToWorker } from './protocol';
import { joinResult, type ResultPart } from './result-parts';
import { caseWords, expectedMs } from './estimate';

export interface AnalysisCallbacks {
  onStarted(words: number): void;
  onResult(analysis: Analysis, ms: number): void;
  onError(message: string): void;
}

interface PendingCheck {
  message: Extract<ToWorker, { type: 'check' }>;
  resolve(check: ClaimCheck): void;
  reject(error: Error): void;
}

interface PendingVoices {
  message: Extract<ToWorker, { type: 'voices' }>;
  resolve(split: VoiceSplit): void;
  reject(error: Error): void;
}

/** How long a run is expected to take, and the clock. */
export interface RunTiming {
  expectedMs(words: number): number;
  now(): number;
}

/** A fresh worker's bundle, language model and first tiny analysis (`npm run bench:ui`). */
const ENGINE_START_MS = 200;

export class AnalysisClient {
  private worker: Worker | null = null;
  private busy = false;
  private nextId = 1;
  private current = 0;
  private callbacks: AnalysisCallbacks | null = null;
  private readonly checks = new Map<number, PendingCheck>();
  private readonly voiceRequests = new Map<number, PendingVoices>();
  /** Slices of the running analysis's result received so far. */
  private parts: ResultPart[] = [];
  /** The running analysis's size and start, to judge how soon it ends. */
  private runningWords = 0;
  private runningSince = 0;
  /** The newest request, waiting for a run that is nearly done. */
  private queued: { input: CaseInput; callbacks: AnalysisCallbacks; words: number } | null = null;

  /**
   * `createWorker` comes from the entry point, which knows how the bundler builds workers;
   * `timing` is the estimate of a run's length and the clock (tests give their own).
   */
  constructor(
    private readonly createWorker: () => Worker,
    private readonly timing: RunTiming = { expectedMs, now: () => performance.now() },
  ) {}

  run(input: CaseInput, callbacks: AnalysisCallbacks): void {
    const words = caseWords(input);
    this.queued = null;
    if (this.busy) {
      if (this.worthWaiting(words)) {
        this.queued = { input, callbacks, words };
        return;
      }
      this.restart();
    }
    this.start(input, callbacks, words);
  }

  private start(input: CaseInput, callbacks: AnalysisCallbacks, words: number): void {
    const worker = this.ensureWorker();
    const id = (this.current = this.nextId++);
    this.parts = [];
    this.busy = true;
    this.callbacks = callbacks;
    this.runningWords = words;
    this.runningSince = this.timing.now();
    worker.postMessage({ type: 'analyze', id, input } satisfies ToWorker);
  }

  /**
   * Whether a request of `words` should wait for the running analysis rather than restart the
   * worker: a fresh worker starts its engine and runs cold, without the sources the old one kept,
   * which in the bench costs about a third of a run more (20 x 10,000 words: 3.9 s against 2.4 s).
   */
  private worthWaiting(words: number): boolean {
    const remaining = this.timing.expectedMs(this.runningWords) - (this.timing.now() - this.runningSince);
    return remaining < this.timing.expectedMs(words) / 3 + ENGINE_START_MS;
  }

  /** Where each source stands on `claim`; waits behind a running analysis. */
  check(input: CaseInput, claim: string): Promise<ClaimCheck> {
    return new Promise((resolve, reject) => {
      const message = { type: 'check', id: this.nextId++, input, claim } as const;
      this.checks.set(message.id, { message, resolve, reject });
      this.ensureWorker().postMessage(message satisfies ToWorker);
    });
  }

  /** The voices of one article (engine/voices); like a check, it waits behind a running analysis. */
  voices(article: string): Promise<VoiceSplit> {
    return new Promise((resolve, reject) => {
      const message = { type: 'voices', id: this.nextId++, article } as const;
      this.voiceRequests.set(message.id, { message, resolve, reject });
      this.ensureWorker().postMessage(message satisfies ToWorker);
    });
  }

  /**
   * Starts the worker and has it load the language model now, and analyse `input` (the case on
   * screen) for nothing, so the first real request is quick.
   */
  warm(input?: CaseInput): void {
    if (this.worker) return;
    this.ensureWorker().postMessage((input ? { type: 'warm', input } : { type: 'warm' }) satisfies ToWorker);
  }

  cancel(): void {
    this.queued = null;
    if (this.busy) this.restart();
  }

  dispose(): void {
    this.queued = null;
    this.terminate();
    for (const pending of this.checks.values()) pending.reject(new Error('the check was stopped'));
    this.checks.clear();
    for (const pending of this.voiceRequests.values()) pending.reject(new Error('the split was stopped'));
    this.voiceRequests.clear();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = (this.worker = this.createWorker());
    worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      const callbacks = this.busy ? this.callbacks : null;
      this.dispose();
      const message = event.message || 'the analysis stopped unexpectedly';
      callbacks?.onError(message);
    };
    return worker;
  }

  private receive(message: FromWorker): void {
    if (message.type === 'voices-result' || message.type === 'voices-error') {
      const pending = this.voiceRequests.get(message.id);
      this.voiceRequests.delete(message.id);
      if (message.type === 'voices-result') pending?.resolve(message.split);
      else pending?.reject(new Error(message.message));
      return;
    }
    if (message.type === 'checked' || message.type === 'check-error') {
      const pending = this.checks.get(message.id);
      this.checks.delete(message.id);
      if (message.type === 'checked') pending?.resolve(message.check);
      else pending?.reject(new Error(message.message));
      return;
    }
    if (message.id !== this.current || !this.callbacks) return;
    if (message.type === 'started') this.callbacks.onStarted(message.words);
    else if (message.type === 'result-part') this.parts.push({ path: message.path, items: message.items });
    else {
      this.busy = false;
      const parts = this.parts;
      this.parts = [];
      // A result the newest request waited for is still shown: it is closer to the case than the last one.
      if (message.type === 'result') this.callbacks.onResult(joinResult(message.analysis, parts), message.ms);
      else this.callbacks.onError(message.message);
      const next = this.queued;
      this.queued = null;
      if (next) this.start(next.input, next.callbacks, next.words);
    }
  }

  /** Drops the running analysis; checks that were waiting go to the next worker. */
  private restart(): void {
    this.terminate();
    if (!this.checks.size && !this.voiceRequests.size) return;
    const worker = this.ensureWorker();
    for (const pending of this.checks.values()) worker.postMessage(pending.message);
    for (const pending of this.voiceRequests.values()) worker.postMessage(pending.message);
  }

  private terminate(): void {
    this.worker?.terminate();
    this.worker = null;
    this.busy = false;
  }
}
