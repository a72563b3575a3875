// The worker client: checks share the analysis worker, survive a restart, and fail cleanly.
import { describe, expect, it } from 'vitest';
import { AnalysisClient } from '../../renderer/analysis/analysis-client';
import type { ToWorker } from '../../renderer/analysis/protocol';
import { FakeWorker } from './fake-worker';
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
    const client = new AnalysisClient(() => new FakeWorker() as unknown as Worker);
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
