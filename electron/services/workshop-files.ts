import path from 'node:path';
import { jsonErrorOffset, lineAndColumn } from '../../shared/schema/json-error-position';
import { migrate, type Workshop } from '../../shared/schema';
import { IpcFailure, type IpcErrorCode } from '../../shared/ipc';
import { serializeWorkshop, writeFileDurably } from './atomic-write';
import { nodeFs, type FsPort } from './fs-port';

export { serializeWorkshop, writeFileAtomic } from './atomic-write';

export const MAX_WORKSHOP_FILE_BYTES = 50 * 1024 * 1024;

export interface ReadWorkshop {
  workshop: Workshop;
  readOnly: boolean;
  migratedFrom: number | null;
}


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

/** Reads at most `limit + 1` bytes through one handle, so a file growing after `stat` cannot blow the limit. */
async function readBounded(fs: FsPort, filePath: string, limit: number): Promise<{ bytes: Buffer; tooLarge: boolean }> {
  const handle = await fs.open(filePath, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(4 * 1024 * 1024, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) return { bytes: Buffer.alloc(0), tooLarge: true };
    }
    return { bytes: Buffer.concat(chunks, total), tooLarge: false };
  } finally {
    await handle.close().catch(() => undefined);
  }
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
    let stat;
    try {
      stat = await fs.stat(filePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ENOENT' || code === 'ENOTDIR' ? fail('not-found', 'the file does not exist') : fail('io', describeFsError(error));
    }
    if (stat.isDirectory()) fail('invalid-file', 'it is a folder, not a file');
    if (!stat.isFile()) fail('invalid-file', 'it is not a regular file');
    const tooLarge = `it is larger than ${MAX_WORKSHOP_FILE_BYTES / 1024 / 1024} MB, more than any workshop needs`;
    if (stat.size > MAX_WORKSHOP_FILE_BYTES) fail('invalid-file', tooLarge);
    let read;
    try {
      read = await readBounded(fs, filePath, MAX_WORKSHOP_FILE_BYTES);
    } catch (error) {
      return fail('io', describeFsError(error));
    }
    if (read.tooLarge) fail('invalid-file', tooLarge);
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
    return { workshop: result.workshop, readOnly: false, migratedFrom: result.migratedFrom };
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
      return 'the folder does not exist';
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

/** Saves a workshop; disk errors become an `IpcFailure` with a readable sentence. */
export async function writeWorkshopFile(filePath: string, workshop: Workshop, fs: FsPort = nodeFs): Promise<void> {
  try {
    await writeFileDurably(filePath, serializeWorkshop(workshop), fs);
  } catch (error) {
    throw new IpcFailure('io', `Could not save "${path.basename(filePath)}": ${describeFsError(error)}.`);
  }
}
