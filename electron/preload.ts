/**
 * The preload: exposes exactly the typed API of `shared/ipc` on `window.copStudio`, one method per operation.
 * Never exposes `ipcRenderer` itself. Bundled as one CommonJS file (sandboxed preloads cannot be ES modules).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { MENU_COMMAND_CHANNEL, channelOf } from '../shared/ipc/channels';
import { APP_EVENT_CHANNEL } from '../shared/ipc/event-names';
import type { CopStudioApi, IpcMethodName } from '../shared/ipc/contract';

/**
 * The contract's method names, computed from `shared/ipc` when the preload is built (`electron.vite.config.ts`
 * defines it): the preload bundle stays free of zod and of the schemas, and no second list is kept by hand.
 */
declare const __IPC_METHOD_NAMES__: readonly IpcMethodName[];

const api: Record<string, unknown> = {};
for (const method of __IPC_METHOD_NAMES__) {
  api[method] = (request?: unknown) => ipcRenderer.invoke(channelOf(method), request);
}
api.onMenuCommand = (listener: (command: string) => void) => {
  const wrapped = (_event: unknown, command: unknown) => {
    if (typeof command === 'string') listener(command);
  };
  ipcRenderer.on(MENU_COMMAND_CHANNEL, wrapped);
  return () => {
    ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, wrapped);
  };
};
// Events of `shared/ipc/events.ts`; the renderer validates each one (`parseAppEvent`).
api.onEvent = (listener: (event: unknown) => void) => {
  const wrapped = (_event: unknown, event: unknown) => listener(event);
  ipcRenderer.on(APP_EVENT_CHANNEL, wrapped);
  return () => {
    ipcRenderer.removeListener(APP_EVENT_CHANNEL, wrapped);
  };
};

contextBridge.exposeInMainWorld('copStudio', api as CopStudioApi);
