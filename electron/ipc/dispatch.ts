import { IPC_CONTRACT, IpcFailure, fail, isIpcMethodName, ok, type IpcResult } from '../../shared/ipc';
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
    return fail('untrusted-sender', 'This request did not come from CoP Studio itself and was refused.');
  }
  if (!isIpcMethodName(methodName)) {
    return fail('invalid-request', `Unknown request "${String(methodName)}".`);
  }
  const parsed = IPC_CONTRACT[methodName].request.safeParse(payload);
  if (!parsed.success) {
    return fail('invalid-request', `The request "${methodName}" was malformed: ${formatZodError(parsed.error)}.`);
  }
  try {
    const handler = table[methodName] as (request: unknown) => Promise<unknown>;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof IpcFailure) return fail(error.code, error.message, error.conflict);
    log(`IPC handler ${methodName} failed`, error);
    return fail('internal', `Something went wrong in CoP Studio while handling "${methodName}". Your work in the window is untouched.`);
  }
}

/** Trusts only pages served from one origin (e.g. `app://cop-studio`), never other schemes or hosts. */
export function senderFromOrigin(origin: string): SenderCheck {
  return (senderUrl) => isSameOrigin(senderUrl, origin);
}
