import type { z } from 'zod';
import type { IpcResult } from './result';
import { APP_METHODS } from './methods/app';
import { FILES_METHODS } from './methods/files';
import { RECOVERY_METHODS } from './methods/recovery';
import { WINDOW_METHODS } from './methods/window';
import { EXPORT_METHODS } from './methods/export';
import { HOST_METHODS } from './methods/host';
import { ROOM_METHODS } from './methods/room';

export type { AppInfo } from './methods/app';
export type { RecentFile, OpenedWorkshop, ExampleWorkshop, SavedWorkshop } from './methods/files';
export type { FullScreenState } from './methods/window';
export type { ExportedFile, ImportedJsonCanvas } from './methods/export';

/**
 * The one typed IPC contract between the renderer and the main process, grouped by domain. Each method is
 * declared once, in its domain's file (`methods/<domain>.ts`): adding a method there is all the contract needs.
 * The method names (the preload's list, the channels), the API type and the handler table's type derive from it.
 */
export const IPC_DOMAINS = {
  app: APP_METHODS,
  files: FILES_METHODS,
  recovery: RECOVERY_METHODS,
  window: WINDOW_METHODS,
  export: EXPORT_METHODS,
  host: HOST_METHODS,
  room: ROOM_METHODS,
} as const;
export type IpcDomain = keyof typeof IPC_DOMAINS;

export const IPC_CONTRACT = {
  ...APP_METHODS,
  ...FILES_METHODS,
  ...RECOVERY_METHODS,
  ...WINDOW_METHODS,
  ...EXPORT_METHODS,
  ...HOST_METHODS,
  ...ROOM_METHODS,
} as const;

export type IpcContract = typeof IPC_CONTRACT;
export type IpcMethodName = keyof IpcContract;
export type IpcRequest<M extends IpcMethodName> = z.input<IpcContract[M]['request']>;
export type IpcParsedRequest<M extends IpcMethodName> = z.output<IpcContract[M]['request']>;
export type IpcResponse<M extends IpcMethodName> = IpcContract[M]['response'];

/** Every method name, in declaration order (the preload's list is this, computed at build time). */
export const IPC_METHOD_NAMES = Object.keys(IPC_CONTRACT) as IpcMethodName[];

export function isIpcMethodName(name: unknown): name is IpcMethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(IPC_CONTRACT, name);
}

/** The API on `window.copStudio`, as the preload (or the test harness) exposes it. */
export type CopStudioApi = {
  [M in IpcMethodName]: IpcRequest<M> extends undefined
    ? () => Promise<IpcResult<IpcResponse<M>>>
    : (request: IpcRequest<M>) => Promise<IpcResult<IpcResponse<M>>>;
} & {
  /** Menu commands from the main process; returns an unsubscribe function. */
  onMenuCommand(listener: (command: string) => void): () => void;
  /**
   * Events the main process pushes (`shared/ipc/events.ts`: names and payload schemas); returns an unsubscribe
   * function. Events arrive unvalidated: read them through `parseAppEvent`.
   */
  onEvent(listener: (event: unknown) => void): () => void;
};
