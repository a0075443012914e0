import { translator, type Translate } from '../i18n';
import type { IpcError, IpcErrorParts } from './result';

/** Keys built from the error's parts: their values are checked by `tests/unit/ipc/ipc-errors.test.ts`, not by i18next's types. */
type LooseTranslate = (key: string, values: Record<string, unknown>) => string;

/**
 * The text of an error in a language: its sentence from the `errors` catalogue (with the file name, the reason
 * and the values), else the English `message` the main process wrote (errors not told by a sentence).
 */
export function ipcErrorText(error: IpcErrorParts & { message?: string }, t: Translate): string {
  if (!error.sentence) return error.message ?? error.code;
  return (t as unknown as LooseTranslate)(`errors.sentence.${error.sentence}`, {
    ...error.values,
    fileName: error.fileName ?? '',
    reason: error.reason ? ipcErrorReason(error, t) : '',
  });
}

/** Why an error happened, short (for the save status); falls back to the whole text when it has no reason. */
export function ipcErrorReason(
  error: Pick<IpcError, 'reason' | 'values'> & { message?: string; sentence?: IpcError['sentence'] },
  t: Translate,
): string {
  if (!error.reason) return error.message ?? '';
  return (t as unknown as LooseTranslate)(`errors.reason.${error.reason}`, { ...error.values });
}

let english: Translate | null = null;

/** The English text of an error (the `message` the main process writes). */
export function englishErrorText(parts: IpcErrorParts): string {
  english ??= translator('en');
  return ipcErrorText(parts, english);
}

/** The English text of a reason alone ("the disk is full"). */
export function englishErrorReason(reason: IpcErrorParts['reason'], values?: IpcErrorParts['values']): string {
  english ??= translator('en');
  return ipcErrorReason({ reason, values }, english);
}
