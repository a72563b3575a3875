// The worker client splits an article into voices on the analysis worker: answered by id,
// re-sent when an analysis restart kills the worker, rejected with the worker's message.
import { describe, expect, it } from 'vitest';
import { AnalysisClient } from '../../renderer/analysis/analysis-client';
import type { ToWorker } from '../../renderer/analysis/protocol';
import { FakeWorker, longRuns } from './fake-worker';

const split = (name: string) => ({ voices: [{ id: 'v1', name, role: 'other' as const, speakers: [], spans: [] }], narration: [] });
const noop = { onStarted() {}, onResult() {}, onError() {} };
const input = { title: 't', sources: [{ id: 'a', name: 'A', text: 'Some text.' }] };
const voicesMessage = (w: FakeWorker) => w.posted.find((m) => m.type === 'voices') as Extract<ToWorker, { type: 'voices' }>;

describe('AnalysisClient.voices', () => {
  it('sends the article and resolves with the split of the same id', async () => {
    FakeWorker.all = [];
    const client = new AnalysisClient(() => new FakeWorker() as unknown as Worker);
    const pending = client.voices('An article.');
    const [worker] = FakeWorker.all;
    const sent = voicesMessage(worker);
    expect(sent.article).toBe('An article.');
    worker.reply({ type: 'voices-result', id: sent.id + 1, split: split('wrong') });
    worker.reply({ type: 'voices-result', id: sent.id, split: split('Amnesty') });
    expect((await pending).voices[0].name).toBe('Amnesty');
  });

  it('survives an analysis restart and reports the worker’s error', async () => {
    FakeWorker.all = [];
    const client = new AnalysisClient(() => new FakeWorker() as unknown as Worker, longRuns());
    client.run(input, noop);
    const pending = client.voices('An article.');
    client.run(input, noop);
    const [old, fresh] = FakeWorker.all;
    expect(old.terminated).toBe(true);
    const resent = voicesMessage(fresh);
    fresh.reply({ type: 'voices-error', id: resent.id, message: 'too long' });
    await expect(pending).rejects.toThrow('too long');
  });
});
