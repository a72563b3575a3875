// Registers the IPC handlers. Every call is checked twice before its handler runs: the
// sender must be the app's own top-level page, and the payload must match its schema.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS, type InvokeChannel, type InvokeRequest, type InvokeResponse } from '../shared/ipc-contract';
import { requestSchemas } from './ipc-schemas';

export type InvokeHandlers = {
  [C in InvokeChannel]: (request: InvokeRequest<C>, event: IpcMainInvokeEvent) => Promise<InvokeResponse<C>> | InvokeResponse<C>;
};

export class IpcRejected extends Error {
  override name = 'IpcRejected';
}

export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: InvokeHandlers,
  isTrustedSender: (frame: IpcMainInvokeEvent['senderFrame']) => boolean,
  log: (message: string) => void = console.warn,
): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      if (!isTrustedSender(event.senderFrame)) {
        log(`ipc: refused ${channel} from ${event.senderFrame?.url ?? 'an unknown sender'}`);
        throw new IpcRejected(`${channel}: sender is not the Parallax window`);
      }
      if (args.length > 1) throw new IpcRejected(`${channel}: expected at most one argument`);
      const parsed = requestSchemas[channel].safeParse(args[0]);
      if (!parsed.success) {
        log(`ipc: refused ${channel}: ${parsed.error.issues[0]?.message}`);
        throw new IpcRejected(`${channel}: malformed request`);
      }
      const handler = handlers[channel] as (request: unknown, event: IpcMainInvokeEvent) => unknown;
      return handler(parsed.data, event);
    });
  }
}
