// The worker client: checks share the analysis worker, survive a restart, and fail cleanly.
import { describe, expect, it } from 'vitest';
import { AnalysisClient } from '../../renderer/analysis/analysis-client';
import type { ToWorker } from '../../renderer/analysis/protocol';
import { FakeWorker, longRuns } from './fake-worker';
import type { CaseInput } from '../../engine/types';

const input: CaseInput = { title: 't', sources: [{ id: 'a', name: 'A', text: 'Some text.' }] };
const check = (source: string) => ({ text: 'x', sources: [{ source, verdict: 'silent' as const, claim: null, score: 0, reasons: [] }] });
const noop = { onStarted() {}, onResult() {}, onError() {} };

describe('AnalysisClient.check', () => {
  it('answers each check by its id', async () => {
    FakeWorker.all = [];
    const client = new AnalysisClient(() => new FakeWorker() as unknown as Worker);
    const first = client.check(input, 'one');
    const second = client.check(input, 'two');
    const [worker] = FakeWorker.all;
    const [a, b] = worker.posted as Extract<ToWorker, { type: 'check' }>[];
    expect([a.claim, b.claim]).toEqual(['one', 'two']);
    worker.reply({ type: 'checked', id: b.id, check: check('b') });
    worker.reply({ type: 'checked', id: a.id, check: check('a') });
    expect((await first).sources[0].source).toBe('a');
    expect((await second).sources[0].source).toBe('b');
  });

  it('a check waiting behind an analysis that is replaced goes to the new worker', async () => {
    FakeWorker.all = [];
    const client = new AnalysisClient(() => new FakeWorker() as unknown as Worker, longRuns());
    client.run(input, noop);
    const pending = client.check(input, 'claim');
    client.run(input, noop);
    const [old, fresh] = FakeWorker.all;
    expect(old.terminated).toBe(true);
    const resent = fresh.posted.find((m) => m.type === 'check') as Extract<ToWorker, { type: 'check' }>;
    expect(resent.claim).toBe('claim');
    fresh.reply({ type: 'checked', id: resent.id, check: check('a') });
    expect((await pending).sources).toHaveLength(1);
  });

  it('rejects with the worker’s message, and on dispose', async () => {
    FakeWorker.all = [];
    const client = new AnalysisClient(() => new FakeWorker() as unknown as Worker);
    const failing = client.check(input, 'x');
    const [worker] = FakeWorker.all;
    worker.reply({ type: 'check-error', id: (worker.posted[0] as { id: number }).id, message: 'bad input' });
    await expect(failing).rejects.toThrow('bad input');
    const stopped = client.check(input, 'y');
    client.dispose();
    await expect(stopped).rejects.toThrow('the check was stopped');
  });
});

describe('AnalysisClient.warm', () => {
  it('starts the worker once, warming it on the case given (the sample on screen)', () => {
    FakeWorker.all = [];
    const client = new AnalysisClient(() => new FakeWorker() as unknown as Worker);
    client.warm(input);
    client.warm(input);
    expect(FakeWorker.all).toHaveLength(1);
    expect(FakeWorker.all[0].posted).toEqual([{ type: 'warm', input }]);
  });

  it('warms on the engine’s own sentence when no case is given', () => {
    FakeWorker.all = [];
    new AnalysisClient(() => new FakeWorker() as unknown as Worker).warm();
    expect(FakeWorker.all[0].posted).toEqual([{ type: 'warm' }]);
  });
});

describe('AnalysisClient.run, a request while an analysis runs', () => {
  /** Runs expected to take 3 s, on a clock the test moves. */
  function clocked() {
    const clock = { ms: 0 };
    FakeWorker.all = [];
    const client = new AnalysisClient(() => new FakeWorker() as unknown as Worker, { expectedMs: () => 3_000, now: () => clock.ms });
    return { client, clock };
  }
  const analyzeMessages = (worker: FakeWorker) => worker.posted.filter((m): m is Extract<ToWorker, { type: 'analyze' }> => m.type === 'analyze');
  const recording = () => {
    const results: number[] = [];
    return { results, callbacks: { ...noop, onResult: (_: unknown, ms: number) => void results.push(ms) } };
  };
  const emptyAnalysis = { schema: 'x', case: { title: 't' }, sources: [], claims: [], points: [], framing: { claims: [], speakers: [], naming: { actors: [], labels: [] }, frames: [] } } as never;

  it('restarts the worker when the running one is far from done', () => {
    const { client, clock } = clocked();
    client.run(input, noop);
    clock.ms = 500; // 2.5 s left of 3 s: more than a restart costs (1 s + the engine's start)
    client.run(input, noop);
    expect(FakeWorker.all).toHaveLength(2);
    expect(FakeWorker.all[0].terminated).toBe(true);
    expect(analyzeMessages(FakeWorker.all[1])).toHaveLength(1);
  });

  it('waits for a run that is nearly done, shows its result, then runs the newest request only', () => {
    const { client, clock } = clocked();
    const first = recording();
    const last = recording();
    client.run(input, first.callbacks);
    clock.ms = 2_500; // 0.5 s left
    client.run({ ...input, title: 'second' }, noop);
    client.run({ ...input, title: 'third' }, last.callbacks);
    const [worker] = FakeWorker.all;
    expect(FakeWorker.all).toHaveLength(1);
    expect(worker.terminated).toBe(false);
    expect(analyzeMessages(worker)).toHaveLength(1);
    const [running] = analyzeMessages(worker);
    worker.reply({ type: 'result', id: running.id, analysis: emptyAnalysis, ms: 2_900 });
    expect(first.results).toEqual([2_900]);
    const sent = analyzeMessages(worker);
    expect(sent.map((m) => m.input.title)).toEqual(['t', 'third']);
    worker.reply({ type: 'result', id: sent[1].id, analysis: emptyAnalysis, ms: 2_000 });
    expect(last.results).toEqual([2_000]);
  });

  it('drops a waiting request when the analysis is cancelled', () => {
    const { client, clock } = clocked();
    client.run(input, noop);
    clock.ms = 2_900;
    client.run({ ...input, title: 'waiting' }, noop);
    client.cancel();
    const [worker] = FakeWorker.all;
    expect(worker.terminated).toBe(true);
    expect(FakeWorker.all).toHaveLength(1);
    expect(analyzeMessages(worker).map((m) => m.input.title)).toEqual(['t']);
  });
});
