/** Why a call across IPC failed. The renderer shows `message`; `code` lets it react. */
export const IPC_ERROR_CODES = [
  'untrusted-sender',
  'invalid-request',
  'not-allowed',
  'not-found',
  'invalid-file',
  'newer-version',
  'io',
  'internal',
] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export interface IpcError {
  code: IpcErrorCode;
  /** A sentence a facilitator can read. */
  message: string;
}

/** Every IPC call resolves to this: never a raw exception. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
export const fail = (code: IpcErrorCode, message: string): IpcResult<never> => ({ ok: false, error: { code, message } });

/** Thrown inside a handler to return a typed error; anything else thrown becomes `internal`. */
export class IpcFailure extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IpcFailure';
  }
}
