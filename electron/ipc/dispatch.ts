import { IPC_CONTRACT, IpcFailure, failWith, isIpcMethodName, ok, type IpcResult } from '../../shared/ipc';
import { formatZodError } from '../../shared/schema';
import { isSameOrigin } from '../security/app-origin';
import type { HandlerTable } from './handler-table';

/** Decides whether a message comes from our own page (and not from an iframe, a navigated page, etc.). */
export type SenderCheck = (senderUrl: string | undefined) => boolean;

/**
 * The single door into the main process: checks the sender, validates the payload against the contract,
 * runs the handler, and turns every outcome — including exceptions — into an `IpcResult`.
 */
export async function dispatch(
  table: HandlerTable,
  methodName: unknown,
  payload: unknown,
  senderUrl: string | undefined,
  isTrustedSender: SenderCheck,
  log: (message: string, error?: unknown) => void = () => undefined,
): Promise<IpcResult<unknown>> {
  if (!isTrustedSender(senderUrl)) {
    log(`refused IPC from untrusted sender ${String(senderUrl)}`);
    return failWith(IpcFailure.of({ code: 'untrusted-sender', sentence: 'untrusted' }).error);
  }
  if (!isIpcMethodName(methodName)) {
    return failWith(
      IpcFailure.of({ code: 'invalid-request', sentence: 'unknownRequest', values: { method: String(methodName).slice(0, 100) } }).error,
    );
  }
  const parsed = IPC_CONTRACT[methodName].request.safeParse(payload);
  if (!parsed.success) {
    const detail = formatZodError(parsed.error);
    return failWith(IpcFailure.of({ code: 'invalid-request', sentence: 'malformed', values: { method: methodName, detail } }).error);
  }
  try {
    const handler = table[methodName] as (request: unknown) => Promise<unknown>;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof IpcFailure) return failWith(error.error);
    log(`IPC handler ${methodName} failed`, error);
    return failWith(IpcFailure.of({ code: 'internal', sentence: 'internal', values: { method: methodName } }).error);
  }
}

/** Trusts only pages served from one origin (e.g. `app://cop-studio`), never other schemes or hosts. */
export function senderFromOrigin(origin: string): SenderCheck {
  return (senderUrl) => isSameOrigin(senderUrl, origin);
}
