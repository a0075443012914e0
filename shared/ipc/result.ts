import type { en } from '../i18n/catalog/en';
import { englishErrorText } from './error-text';

/** Why a call across IPC failed. `code` lets the renderer react; the text comes from the `errors` catalogue. */
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

/** The sentence that frames an error (`errors.sentence.*`: what was being done, to which file). */
export type IpcErrorSentence = keyof (typeof en)['errors']['sentence'];
/** Why it failed, short enough for the save status (`errors.reason.*`). */
export type IpcErrorReason = keyof (typeof en)['errors']['reason'];

/**
 * A structured error: the renderer never parses `message`. It shows `sentence` (with `fileName`, `reason` and
 * `values`) in the interface language (`ipcErrorText`), and the short `reason` where there is little room.
 */
export interface IpcError {
  code: IpcErrorCode;
  /** The error in English, made from the catalogue by the main process: for logs, and errors without a `sentence`. */
  message: string;
  sentence?: IpcErrorSentence;
  /** The file concerned (its name, not its path). */
  fileName?: string;
  reason?: IpcErrorReason;
  /** Values the sentence or the reason interpolate (`limit`, `line`, `column`, `count`, `method`, `detail`). */
  values?: Record<string, string | number>;
  /** With `code: 'conflict'`: which file, and the backup keeping the other version (null if none could be taken). */
  conflict?: SaveConflict;
}

export interface SaveConflict {
  path: string;
  backupId: string | null;
}

/** The structured parts of an error, without its English `message` (which `ipcError` writes). */
export type IpcErrorParts = Omit<IpcError, 'message'>;

/** Every IPC call resolves to this: never a raw exception. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
export const fail = (code: IpcErrorCode, message: string, conflict?: SaveConflict): IpcResult<never> => ({
  ok: false,
  error: conflict ? { code, message, conflict } : { code, message },
});
export const failWith = (error: IpcError): IpcResult<never> => ({ ok: false, error });

/** Thrown inside a handler to return a typed error; anything else thrown becomes `internal`. */
export class IpcFailure extends Error {
  readonly error: IpcError;
  constructor(code: IpcErrorCode, message: string, conflict?: SaveConflict) {
    super(message);
    this.name = 'IpcFailure';
    this.error = conflict ? { code, message, conflict } : { code, message };
  }

  get code(): IpcErrorCode {
    return this.error.code;
  }

  get conflict(): SaveConflict | undefined {
    return this.error.conflict;
  }

  /** A failure told by a sentence of the `errors` catalogue (its English text becomes `message`). */
  static of(parts: IpcErrorParts): IpcFailure {
    const failure = new IpcFailure(parts.code, englishErrorText(parts), parts.conflict);
    Object.assign(failure.error, withoutUndefined(parts), { message: failure.message });
    return failure;
  }
}

const withoutUndefined = (parts: IpcErrorParts): IpcErrorParts =>
  Object.fromEntries(Object.entries(parts).filter(([, value]) => value !== undefined)) as IpcErrorParts;
