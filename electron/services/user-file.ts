import { constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { IpcFailure, type IpcErrorCode, type IpcErrorReason, type IpcErrorSentence } from '../../shared/ipc';
import { englishErrorReason } from '../../shared/ipc/error-text';
import type { FsPort } from './fs-port';

/**
 * Reading the files a person picks (workshops, JSON Canvas imports, backups, the example): one bounded, strict
 * reader (`readRegularFile`), one text decoder, and one set of structured errors (`IpcError` with the file name
 * and a reason from the `errors` catalogue). The file system is a port (`FsPort`), so tests inject faults.
 */

/** Why `readRegularFile` refused a file. */
export class UnreadableFile extends Error {
  constructor(
    readonly reason: 'not-found' | 'folder' | 'not-regular' | 'too-large' | 'io',
    readonly original?: unknown,
  ) {
    super(reason);
  }
}

/**
 * The one strict reader for files a person picks (workshops, JSON Canvas imports, backups): opened
 * non-blocking (a FIFO cannot hang it), the open handle's own stat must be a regular file (a device such as
 * /dev/urandom, a socket or a FIFO is refused at once, and a file swapped after a path check does not get
 * through), and at most `limit + 1` bytes are read through that handle (a growing file cannot blow the limit).
 */
export async function readRegularFile(fs: FsPort, filePath: string, limit: number): Promise<{ bytes: Buffer; mtimeMs: number }> {
  let handle: Awaited<ReturnType<FsPort['open']>>;
  try {
    handle = await fs.open(filePath, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UnreadableFile('not-found', error);
    if (code === 'EISDIR') throw new UnreadableFile('folder', error);
    if (code === 'ENXIO') throw new UnreadableFile('not-regular', error);
    throw new UnreadableFile('io', error);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new UnreadableFile('folder');
    if (!stat.isFile()) throw new UnreadableFile('not-regular');
    if (stat.size > limit) throw new UnreadableFile('too-large');
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(4 * 1024 * 1024, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) throw new UnreadableFile('too-large');
    }
    return { bytes: Buffer.concat(chunks, total), mtimeMs: stat.mtimeMs };
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    throw new UnreadableFile('io', error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** "50 MB" */
export const megabytes = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Why a file-system call failed, as a reason of the `errors` catalogue. */
export function fsReason(error: unknown): { reason: IpcErrorReason; values?: Record<string, string> } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return { reason: 'permission' };
    case 'EROFS':
      return { reason: 'read-only-folder' };
    case 'ENOSPC':
    case 'EDQUOT':
      return { reason: 'disk-full' };
    case 'ENOENT':
      return { reason: 'folder-gone' };
    case 'EISDIR':
      return { reason: 'name-is-folder' };
    case 'EMFILE':
    case 'ENFILE':
      return { reason: 'too-many-files' };
    case 'EIO':
      return { reason: 'disk-error' };
    default:
      return { reason: 'detail', values: { detail: error instanceof Error ? error.message : String(error) } };
  }
}

/** A file-system error in English, short ("the disk is full"). */
export function describeFsError(error: unknown): string {
  const { reason, values } = fsReason(error);
  return englishErrorReason(reason, values);
}

/** A failure about one file, told by a sentence of the `errors` catalogue. */
export function fileFailure(
  code: IpcErrorCode,
  sentence: IpcErrorSentence,
  filePath: string,
  reason?: IpcErrorReason,
  values?: Record<string, string | number>,
): IpcFailure {
  return IpcFailure.of({ code, sentence, fileName: path.basename(filePath), reason, values });
}

/** A failure about one file, caused by a file-system error. */
export const fsFailure = (sentence: IpcErrorSentence, filePath: string, error: unknown): IpcFailure => {
  const { reason, values } = fsReason(error);
  return fileFailure('io', sentence, filePath, reason, values);
};

/** Looks like a text file: no NUL bytes, valid UTF-8; a leading byte-order mark is dropped. */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  } catch {
    return null;
  }
}

export interface UserFileOptions {
  /** The most bytes read; a larger file is refused without reading it all. */
  limit: number;
  /** How the error is framed: "Could not open…" or "Could not import…". */
  sentence: 'open' | 'import';
  /** Workshop files say a little more when too large or binary. */
  kind?: 'workshop' | 'other';
}

/**
 * THE reader for every file a person picks: bounded, strict (regular files only, non-blocking open), text only.
 * Throws only `IpcFailure` naming the file and why (`not-found`, `folder`, `not-regular`, `too-large`, `not-text`,
 * or the file-system reason), and never writes.
 */
export async function readUserFile(
  fs: FsPort,
  filePath: string,
  options: UserFileOptions,
): Promise<{ text: string; bytes: Buffer; mtimeMs: number }> {
  const workshop = options.kind === 'workshop';
  const fail = (code: IpcErrorCode, reason: IpcErrorReason, values?: Record<string, string | number>): never => {
    throw fileFailure(code, options.sentence, filePath, reason, values);
  };
  let read: { bytes: Buffer; mtimeMs: number };
  try {
    read = await readRegularFile(fs, filePath, options.limit);
  } catch (error) {
    const reason = (error as UnreadableFile).reason;
    if (reason === 'not-found') return fail('not-found', 'not-found');
    if (reason === 'folder') return fail('invalid-file', 'folder');
    if (reason === 'not-regular') return fail('invalid-file', 'not-regular');
    if (reason === 'too-large')
      return fail('invalid-file', workshop ? 'too-large-workshop' : 'too-large', { limit: megabytes(options.limit) });
    throw fsFailure(options.sentence, filePath, (error as UnreadableFile).original ?? error);
  }
  const text = decodeText(read.bytes);
  if (text === null) return fail('invalid-file', workshop ? 'not-text-workshop' : 'not-text');
  return { text, ...read };
}
