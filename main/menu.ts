// The application menu. Items that act on the case send a command to the renderer, which
// owns the case; zoom, clipboard and window items use Electron's built-in roles.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentCase } from '../shared/ipc-contract';
import type { SampleEntry } from '../shared/samples';

export interface MenuContext {
  isMac: boolean;
  recent: RecentCase[];
  /** The bundled sample cases, listed under File > Open sample. */
  samples: readonly SampleEntry[];
  send: (command: MenuCommand) => void;
}

export function buildMenuTemplate({ isMac, recent, samples, send }: MenuContext): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(command),
  });
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? recent.map((entry) => ({ label: `${entry.title} — ${entry.path}`, click: () => send({ type: 'open-recent', path: entry.path }) }))
    : [{ label: 'No recent cases', enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      item('New case', { type: 'new-case' }, 'CmdOrCtrl+N'),
      item('New case from an article…', { type: 'new-case-from-article' }, 'Shift+CmdOrCtrl+N'),
      item('Open…', { type: 'open' }, 'CmdOrCtrl+O'),
      { label: 'Open sample', submenu: samples.map((sample) => item(sample.title, { type: 'open-sample', id: sample.id })) },
      { label: 'Open recent', submenu: recentItems },
      { type: 'separator' },
      item('Save', { type: 'save' }, 'CmdOrCtrl+S'),
      item('Save as…', { type: 'save-as' }, 'Shift+CmdOrCtrl+S'),
      { type: 'separator' },
      item('Add sources…', { type: 'add-sources' }, 'CmdOrCtrl+I'),
      item('Export…', { type: 'export' }, 'CmdOrCtrl+E'),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    // Undo and redo go to the renderer: it undoes typing in a text field, or else the last correction.
    submenu: [
      item('Undo', { type: 'undo' }, 'CmdOrCtrl+Z'),
      item('Redo', { type: 'redo' }, isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
      { type: 'separator' },
      item('Presentation mode', { type: 'toggle-presentation' }, 'CmdOrCtrl+Shift+P'),
      item('Light / dark theme', { type: 'toggle-theme' }, 'CmdOrCtrl+Shift+L'),
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    submenu: [item('Keyboard shortcuts', { type: 'show-shortcuts' }, 'Shift+/'), item('About Parallax', { type: 'about' })],
  };
  const template: MenuItemConstructorOptions[] = [file, edit, view, help];
  if (isMac) template.unshift({ role: 'appMenu' });
  return template;
}
