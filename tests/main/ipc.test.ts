import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../shared/ipc-contract';
import { createAppUrlCheck, createSenderCheck } from '../../main/app-url';
import { registerIpc, type InvokeHandlers } from '../../main/ipc';
import { sampleDocument } from './helpers';

const APP = 'file:///opt/parallax/out/renderer/index.html';

function setup() {
  const registered = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const ipcMain = { handle: vi.fn((channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => registered.set(channel, fn)) };
  const handlers = Object.fromEntries(INVOKE_CHANNELS.map((c) => [c, vi.fn(async () => `${c} ran`)])) as unknown as InvokeHandlers;
  const log = vi.fn();
  registerIpc(ipcMain, handlers, createSenderCheck(createAppUrlCheck(APP)), log);
  const call = (channel: string, frame: { url: string; parent: unknown } | null, ...args: unknown[]) => registered.get(channel)!({ senderFrame: frame }, ...args);
  return { registered, handlers, call, log };
}

const appFrame = { url: APP, parent: null };

describe('IPC registration', () => {
  it('registers a handler for every channel of the contract', () => {
    const { registered } = setup();
    expect([...registered.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('runs a handler for the app window with a valid payload', async () => {
    const { call, handlers } = setup();
    await expect(call('case:save', appFrame, { document: sampleDocument(), path: null, saveAs: true })).resolves.toBe('case:save ran');
    expect(handlers['case:save']).toHaveBeenCalledOnce();
    await expect(call('case:open', appFrame)).resolves.toBe('case:open ran');
  });

  it.each([
    ['another site', { url: 'https://evil.example/', parent: null }],
    ['an iframe inside the app', { url: APP, parent: {} }],
    ['another local file', { url: 'file:///tmp/evil.html', parent: null }],
    ['no frame at all', null],
  ])('rejects a sender that is %s', (_label, frame) => {
    const { call, handlers, log } = setup();
    expect(() => call('case:open', frame)).toThrow(/sender is not the Parallax window/);
    expect(handlers['case:open']).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it.each([
    ['a document of the wrong shape', 'case:save', { document: { title: 'x' }, path: null, saveAs: false }],
    ['an extra field', 'window:state', { title: 'x', dirty: false, evil: true }],
    ['a payload where none is expected', 'case:open', { path: '/etc/passwd' }],
    ['a non-string path', 'case:open-recent', { path: 42 }],
    ['two arguments', 'case:recent', undefined, 'extra'],
    ['a source with a hostile id', 'autosave:write', { path: null, document: { ...sampleDocument(), sources: [{ id: '../x', name: 'n', text: 't' }] } }],
  ])('rejects %s', (_label, channel, ...args) => {
    const { call, handlers } = setup();
    expect(() => call(channel, appFrame, ...args)).toThrow(/malformed request|at most one argument/);
    expect(handlers[channel as keyof InvokeHandlers]).not.toHaveBeenCalled();
  });
});
