import { createHash } from 'node:crypto';
import path from 'node:path';
import { jsonErrorOffset, lineAndColumn } from '../../shared/schema/json-error-position';
import { migrate, type Workshop } from '../../shared/schema';
import { IpcFailure, type IpcErrorCode, type IpcErrorReason } from '../../shared/ipc';
import { serializeWorkshop, writeFileReplacing } from './atomic-write';
import { nodeFs, type FsPort } from './fs-port';
import { fileFailure, fsFailure, megabytes, readRegularFile, readUserFile } from './user-file';

export { serializeWorkshop, writeFileAtomic } from './atomic-write';
export { describeFsError, megabytes, readRegularFile, UnreadableFile } from './user-file';

/**
 * The largest workshop file CoP Studio opens — and saves: the same limit both ways, so a file it saved always
 * opens again. A real workshop (hundreds of notes) is well under 1 MB; see docs/storage.md.
 */
export const MAX_WORKSHOP_FILE_BYTES = 50 * 1024 * 1024;

/** What a file held when it was read or written: a later save compares the disk with this. */
export interface Fingerprint {
  size: number;
  mtimeMs: number;
  /** sha256 of the bytes, hex. */
  hash: string;
}

export const hashBytes = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

export interface ReadWorkshop {
  workshop: Workshop;
  readOnly: boolean;
  migratedFrom: number | null;
  /** The bytes read (size, mtime, hash). */
  fingerprint?: Fingerprint;
}

function jsonErrorReason(text: string): { reason: IpcErrorReason; values?: Record<string, number> } {
  const offset = jsonErrorOffset(text);
  const { line, column } = lineAndColumn(text, offset);
  if (offset >= text.length) return text.trim() === '' ? { reason: 'empty' } : { reason: 'json-truncated', values: { line, column } };
  return { reason: 'json-invalid', values: { line, column } };
}

/**
 * Reads, parses, migrates and validates a workshop file. Throws only `IpcFailure` (a typed error naming the
 * file and what is wrong), and never modifies the file: it is only ever opened for reading.
 */
export async function readWorkshopFile(filePath: string, fs: FsPort = nodeFs): Promise<ReadWorkshop> {
  const fail = (code: IpcErrorCode, reason: IpcErrorReason, values?: Record<string, string | number>): never => {
    throw fileFailure(code, 'open', filePath, reason, values);
  };
  try {
    const read = await readUserFile(fs, filePath, { limit: MAX_WORKSHOP_FILE_BYTES, sentence: 'open', kind: 'workshop' });
    const fingerprint: Fingerprint = { size: read.bytes.length, mtimeMs: read.mtimeMs, hash: hashBytes(read.bytes) };
    const { text } = read;
    if (text.trim() === '') fail('invalid-file', 'empty');
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      const { reason, values } = jsonErrorReason(text);
      return fail('invalid-file', reason, values);
    }
    const result = migrate(raw);
    if (!result.ok) {
      if (result.reason === 'newer-version') fail('newer-version', 'newer-version', { detail: result.message });
      return result.reason === 'not-a-workshop'
        ? fail('invalid-file', 'detail', { detail: result.message })
        : fail('invalid-file', 'invalid-content', { detail: result.message });
    }
    return { workshop: result.workshop, readOnly: false, migratedFrom: result.migratedFrom, fingerprint };
  } catch (error) {
    if (error instanceof IpcFailure) throw error;
    // A pathological input (e.g. nesting deep enough to exhaust the stack) still gets a typed answer.
    return fail('invalid-file', 'unreadable-content');
  }
}

/** The bytes of a workshop file, refused when larger than a file CoP Studio would open again. */
export function workshopFileBytes(filePath: string, workshop: Workshop, limit = MAX_WORKSHOP_FILE_BYTES): Buffer {
  const bytes = Buffer.from(serializeWorkshop(workshop), 'utf8');
  if (bytes.length > limit) {
    throw fileFailure('invalid-file', 'saveTooLarge', filePath, 'workshop-too-large', { limit: megabytes(limit) });
  }
  return bytes;
}

/**
 * Saves a workshop into an existing folder (never recreating a folder that was moved or unmounted, unless
 * `createFolder`), keeping
 * `mode`; disk errors become an `IpcFailure` with a readable sentence. Returns what was written.
 */
export async function writeWorkshopFile(
  filePath: string,
  workshop: Workshop | Buffer,
  fs: FsPort = nodeFs,
  mode?: number,
  options: { createFolder?: boolean } = {},
): Promise<Fingerprint> {
  const bytes = Buffer.isBuffer(workshop) ? workshop : workshopFileBytes(filePath, workshop);
  try {
    // Only a folder the person just chose (Save As) is created; autosave never recreates a vanished one.
    if (options.createFolder) await fs.mkdir(path.dirname(filePath), { recursive: true });
    await writeFileReplacing(filePath, bytes, fs, mode);
    const stat = await fs.stat(filePath);
    return { size: stat.size, mtimeMs: stat.mtimeMs, hash: hashBytes(bytes) };
  } catch (error) {
    throw fsFailure('save', filePath, error);
  }
}

/** The fingerprint of a file on disk now, or null when there is none. */
export async function fingerprintOf(filePath: string, fs: FsPort = nodeFs, known?: Fingerprint): Promise<Fingerprint | null> {
  const stat = await fs.stat(filePath).catch(() => null);
  if (!stat || !stat.isFile()) return null;
  // Same size and time as what we know: the same content (the cheap check the watcher runs every few seconds).
  if (known && stat.size === known.size && stat.mtimeMs === known.mtimeMs) return known;
  const read = await readRegularFile(fs, filePath, MAX_WORKSHOP_FILE_BYTES * 2).catch(() => null);
  if (!read) return null;
  return { size: read.bytes.length, mtimeMs: read.mtimeMs, hash: hashBytes(read.bytes) };
}
