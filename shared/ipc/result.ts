/** Why a call across IPC failed. The renderer shows `message`; `code` lets it react. */
export const IPC_ERROR_CODES = [
  'untrusted-sender',
  'invalid-request',
  'not-allowed',
  'not-found',
  'invalid-file',
  'newer-version',
  /** The file changed on disk since it was read or last written: nothing was written (see `IpcError.conflict`). */
  'conflict',
  'io',
  'internal',
] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export interface IpcError {
  code: IpcErrorCode;
  /** A sentence a facilitator can read. */
  message: string;
  /** With `code: 'conflict'`: which file, and the backup keeping the other version (null if none could be taken). */
  conflict?: SaveConflict;
}

export interface SaveConflict {
  path: string;
  backupId: string | null;
}

/** Every IPC call resolves to this: never a raw exception. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
export const fail = (code: IpcErrorCode, message: string, conflict?: SaveConflict): IpcResult<never> => ({
  ok: false,
  error: conflict ? { code, message, conflict } : { code, message },
});

/** Thrown inside a handler to return a typed error; anything else thrown becomes `internal`. */
export class IpcFailure extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    readonly conflict?: SaveConflict,
  ) {
    super(message);
    this.name = 'IpcFailure';
  }
}
