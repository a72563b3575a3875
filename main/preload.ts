// The sandboxed preload: exposes exactly the typed contract of shared/ipc-contract.ts as
// `window.parallax`. It forwards only the known channels and never hands out ipcRenderer.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { INVOKE_CHANNELS, MENU_COMMAND_CHANNEL, type InvokeChannel, type MenuCommand, type PreloadApi } from '../shared/ipc-contract';

const allowed = new Set<string>(INVOKE_CHANNELS);

const api: PreloadApi = {
  invoke: ((channel: InvokeChannel, ...request: unknown[]) => {
    if (!allowed.has(channel)) return Promise.reject(new Error(`unknown channel ${String(channel)}`));
    return ipcRenderer.invoke(channel, ...request);
  }) as PreloadApi['invoke'],
  onMenuCommand(listener) {
    const wrapped = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(MENU_COMMAND_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, wrapped);
  },
  platform: process.platform,
};

contextBridge.exposeInMainWorld('parallax', api);
