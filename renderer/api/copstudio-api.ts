import type { CopStudioApi, IpcError, IpcMethodName, IpcRequest, IpcResponse, IpcResult } from '../../shared/ipc';
import { ipcErrorReason, ipcErrorText } from '../../shared/ipc/error-text';
import type { AppEventName } from '../../shared/ipc/event-names';
import { parseAppEvent, type AppEventPayload } from '../../shared/ipc/events';
import { tr } from '../common/i18n';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or by the test harness (browser). */
    copStudio: CopStudioApi;
  }
}

/** The typed API to the main process (raw results: prefer `call`, which also words the errors). */
export function api(): CopStudioApi {
  return window.copStudio;
}

/** A failed call, worded for the person in the interface language. */
export interface CallFailure {
  ok: false;
  error: IpcError;
  /** The whole sentence ("Could not save "a.copstudio": the disk is full."), from the `errors` catalogue. */
  text: string;
  /** Why, short ("the disk is full"), for places with little room (the save status); the sentence when none. */
  reason: string;
}
export type CallResult<T> = { ok: true; value: T } | CallFailure;

type RequestArgs<M extends IpcMethodName> = IpcRequest<M> extends undefined ? [] : [request: IpcRequest<M>];

/** The text of an IPC error in the interface language (never parsed: built from its structured parts). */
export const errorText = (error: IpcError): string => ipcErrorText(error, tr);

/** Why an IPC error happened, short, in the interface language. */
export const errorReason = (error: IpcError): string => (error.reason ? ipcErrorReason(error, tr) : errorText(error));

/**
 * Calls one method of the main process. Never throws: a refused call, a failed handler or a broken bridge all come
 * back as `{ ok: false }` with the error worded for the person, so each caller decides explicitly what to show.
 */
export async function call<M extends IpcMethodName>(method: M, ...request: RequestArgs<M>): Promise<CallResult<IpcResponse<M>>> {
  let result: IpcResult<IpcResponse<M>>;
  try {
    const invoke = api()[method] as (request?: unknown) => Promise<IpcResult<IpcResponse<M>>>;
    result = await invoke(...request);
  } catch (thrown) {
    const detail = thrown instanceof Error ? thrown.message : String(thrown);
    result = { ok: false, error: { code: 'internal', sentence: 'internal', values: { method, detail }, message: detail } };
  }
  if (result.ok) return result;
  return { ok: false, error: result.error, text: errorText(result.error), reason: errorReason(result.error) };
}

/** The error of a raw result in the interface language, or null when it succeeded. */
export function messageOf<T>(result: IpcResult<T>): string | null {
  return result.ok ? null : errorText(result.error);
}

/** Listens for one kind of event the main process pushes, validated (`parseAppEvent`); returns an unsubscribe. */
export function onAppEvent<N extends AppEventName>(name: N, listener: (payload: AppEventPayload<N>) => void): () => void {
  return api().onEvent((raw) => {
    const event = parseAppEvent(raw);
    if (event && event.name === name) listener(event.payload as AppEventPayload<N>);
  });
}
