import { ipcMain } from 'electron';
import { IPC_METHOD_NAMES, channelOf } from '../shared/ipc';
import { dispatch, type SenderCheck } from './ipc/dispatch';
import type { HandlerTable } from './ipc/handler-table';

/** Registers the handler table on ipcMain; every call goes through `dispatch` (sender + payload checks). */
export function registerIpcHandlers(table: HandlerTable, isTrustedSender: SenderCheck): void {
  for (const method of IPC_METHOD_NAMES) {
    ipcMain.handle(channelOf(method), (event, payload: unknown) =>
      dispatch(table, method, payload, event.senderFrame?.url, isTrustedSender, (message, error) =>
        console.error(`[ipc] ${message}`, error ?? ''),
      ),
    );
  }
}
