import { createHash } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { jsonErrorOffset, lineAndColumn } from '../../shared/schema/json-error-position';
import { migrate, type Workshop } from '../../shared/schema';
import { IpcFailure, type IpcErrorCode } from '../../shared/ipc';
import { serializeWorkshop, writeFileReplacing } from './atomic-write';
import { nodeFs, type FsPort } from './fs-port';

export { serializeWorkshop, writeFileAtomic } from './atomic-write';

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

/** Why `readRegularFile` refused a file. */
export class UnreadableFile extends Error {
  constructor(readonly reason: 'not-found' | 'folder' | 'not-regular' | 'too-large' | 'io', readonly original?: unknown) {
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


function describeJsonError(text: string): string {
  const offset = jsonErrorOffset(text);
  const { line, column } = lineAndColumn(text, offset);
  if (offset >= text.length) {
    return text.trim() === ''
      ? 'the file is empty'
      : `it is not valid JSON: the file ends too early (line ${line}, column ${column}) — it may be truncated`;
  }
  return `it is not valid JSON (line ${line}, column ${column})`;
}

/** Looks like a text file: no NUL bytes, valid UTF-8. */
function decodeText(bytes: Buffer): string | null {
  if (bytes.includes(0)) return null;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  } catch {
    return null;
  }
}

/**
 * Reads, parses, migrates and validates a workshop file. Throws only `IpcFailure` (a typed error naming the
 * file and what is wrong), and never modifies the file: it is only ever opened for reading.
 */
export async function readWorkshopFile(filePath: string, fs: FsPort = nodeFs): Promise<ReadWorkshop> {
  const name = path.basename(filePath);
  const fail = (code: IpcErrorCode, why: string): never => {
    throw new IpcFailure(code, `Could not open "${name}": ${why}.`);
  };
  try {
    const tooLarge = `it is larger than ${megabytes(MAX_WORKSHOP_FILE_BYTES)}, more than any workshop needs`;
    let read;
    try {
      read = await readRegularFile(fs, filePath, MAX_WORKSHOP_FILE_BYTES);
    } catch (error) {
      const reason = (error as UnreadableFile).reason;
      if (reason === 'not-found') return fail('not-found', 'the file does not exist');
      if (reason === 'folder') return fail('invalid-file', 'it is a folder, not a file');
      if (reason === 'not-regular') return fail('invalid-file', 'it is not a regular file');
      if (reason === 'too-large') return fail('invalid-file', tooLarge);
      return fail('io', describeFsError((error as UnreadableFile).original ?? error));
    }
    const fingerprint: Fingerprint = { size: read.bytes.length, mtimeMs: read.mtimeMs, hash: hashBytes(read.bytes) };
    const text = decodeText(read.bytes);
    if (text === null) return fail('invalid-file', 'it is not a text file (binary content) — not a CoP Studio workshop');
    if (text.trim() === '') fail('invalid-file', 'the file is empty');
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return fail('invalid-file', describeJsonError(text));
    }
    const result = migrate(raw);
    if (!result.ok) {
      if (result.reason === 'newer-version') fail('newer-version', `${result.message}; update CoP Studio to open it — the file was left untouched`);
      return fail('invalid-file', result.reason === 'not-a-workshop' ? result.message : `its content is not valid (${result.message})`);
    }
    return { workshop: result.workshop, readOnly: false, migratedFrom: result.migratedFrom, fingerprint };
  } catch (error) {
    if (error instanceof IpcFailure) throw error;
    // A pathological input (e.g. nesting deep enough to exhaust the stack) still gets a typed answer.
    return fail('invalid-file', 'its content could not be read as a workshop');
  }
}

/** A sentence for a file-system error code. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the folder is read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'ENOENT':
      return 'its folder no longer exists (moved, renamed or unmounted?)';
    case 'EISDIR':
      return 'a folder has that name';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open';
    case 'EIO':
      return 'the disk reported an input/output error';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** The bytes of a workshop file, refused when larger than a file CoP Studio would open again. */
export function workshopFileBytes(filePath: string, workshop: Workshop, limit = MAX_WORKSHOP_FILE_BYTES): Buffer {
  const bytes = Buffer.from(serializeWorkshop(workshop), 'utf8');
  if (bytes.length > limit) {
    throw new IpcFailure(
      'invalid-file',
      `Could not save "${path.basename(filePath)}": the workshop is larger than ${megabytes(limit)} (the most CoP Studio opens), so it was not written. Remove some long texts and save again.`,
    );
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
    throw new IpcFailure('io', `Could not save "${path.basename(filePath)}": ${describeFsError(error)}.`);
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

export { fsConstants };
