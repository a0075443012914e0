/**
 * The preload: exposes exactly the typed API of `shared/ipc` on `window.copStudio`, one method per operation.
 * Never exposes `ipcRenderer` itself. Bundled as one CommonJS file (sandboxed preloads cannot be ES modules).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { APP_EVENT_CHANNEL, IPC_METHOD_NAMES, MENU_COMMAND_CHANNEL, channelOf, isAppEventName } from '../shared/ipc/method-names';
import type { CopStudioApi } from '../shared/ipc/contract';

const api: Record<string, unknown> = {};
for (const method of IPC_METHOD_NAMES) {
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
api.onEvent = (name: string, listener: (payload: unknown) => void) => {
  if (!isAppEventName(name)) throw new Error(`Unknown event "${name}"`);
  const wrapped = (_event: unknown, eventName: unknown, payload: unknown) => {
    if (eventName === name) listener(payload);
  };
  ipcRenderer.on(APP_EVENT_CHANNEL, wrapped);
  return () => {
    ipcRenderer.removeListener(APP_EVENT_CHANNEL, wrapped);
  };
};

contextBridge.exposeInMainWorld('copStudio', api as CopStudioApi);
