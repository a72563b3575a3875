// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createElectronHost } from '../../renderer/host/electron-host';
import { createBrowserHost, fileNameFor } from '../../renderer/host/browser-host';
import type { PreloadApi } from '../../shared/ipc-contract';
import { sampleCaseDocument } from './fixtures';

describe('the Electron host', () => {
  it('maps every Host call onto the typed IPC contract', async () => {
    const invoke = vi.fn(async () => ({ status: 'canceled' }));
    const host = createElectronHost({ invoke, onMenuCommand: () => () => undefined, platform: 'linux' } as unknown as PreloadApi);
    const document = sampleCaseDocument();
    await host.saveCase(document, '/c.parallax.json', false);
    await host.openRecent('/c.parallax.json');
    await host.autosave(document, null);
    host.setWindowState('T', true);
    expect(invoke.mock.calls).toEqual([
      ['case:save', { document, path: '/c.parallax.json', saveAs: false }],
      ['case:open-recent', { path: '/c.parallax.json' }],
      ['autosave:write', { document, path: null }],
      ['window:state', { title: 'T', dirty: true }],
    ]);
  });
});

describe('the browser host', () => {
  it('autosaves to localStorage and offers it back; a saved case clears it', async () => {
    const host = createBrowserHost(window.localStorage);
    const document = { ...sampleCaseDocument(), title: 'Draft' };
    expect(await host.recoverAutosave()).toBeNull();
    await host.autosave(document, null);
    const again = createBrowserHost(window.localStorage);
    expect((await again.recoverAutosave())?.document).toEqual(document);
    URL.createObjectURL = () => 'blob:x';
    URL.revokeObjectURL = () => undefined;
    expect(await again.saveCase(document, null, false)).toEqual({ status: 'saved', path: 'Draft.parallax.json' });
    expect(await again.recoverAutosave()).toBeNull();
  });

  it('ignores a damaged autosave', async () => {
    window.localStorage.setItem('parallax:autosave', '{"savedAt":"x","document":{"format":"nope"}}');
    expect(await createBrowserHost(window.localStorage).recoverAutosave()).toBeNull();
  });

  it('names downloads after the case title', () => {
    expect(fileNameFor('Who: "the" case?')).toBe('Who the case.parallax.json');
  });
});
