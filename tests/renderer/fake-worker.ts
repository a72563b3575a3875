// A stand-in for the analysis Web Worker: records what the client posts and answers on demand.
import type { FromWorker, ToWorker } from '../../renderer/analysis/protocol';

export class FakeWorker {
  static all: FakeWorker[] = [];
  posted: ToWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(message: ToWorker) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: FromWorker) {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
}

/** A clock that stands still and runs that are expected to take `ms`: every run is far from done. */
export const longRuns = (ms = 60_000) => ({ expectedMs: () => ms, now: () => 0 });
