import { promises as fs } from 'node:fs';
import path from 'node:path';
import { migrate, type Workshop } from '../../shared/schema';
import { IpcFailure } from '../../shared/ipc';

export const MAX_WORKSHOP_FILE_BYTES = 50 * 1024 * 1024;

export interface ReadWorkshop {
  workshop: Workshop;
  readOnly: boolean;
  migratedFrom: number | null;
}

/** The JSON a workshop file holds: UTF-8, two-space indent, final newline — readable and diffable. */
export function serializeWorkshop(workshop: Workshop): string {
  return `${JSON.stringify(workshop, null, 2)}\n`;
}

/** "line 3, column 14" for a JSON syntax error at a character offset. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (position) return `it is not valid JSON (${lineAndColumn(text, Number(position[1]))})`;
  if (/end of (JSON )?input/i.test(message) || text.trim() === '') {
    return `it is not valid JSON: the file ends too early (${lineAndColumn(text, text.length)}) — it may be truncated`;
  }
  return 'it is not valid JSON';
}

/** Reads, parses, migrates and validates a workshop file. Throws only `IpcFailure`, never modifies the file. */
export async function readWorkshopFile(filePath: string): Promise<ReadWorkshop> {
  const name = path.basename(filePath);
  const fail = (code: 'not-found' | 'invalid-file' | 'io' | 'newer-version', why: string): never => {
    throw new IpcFailure(code, `Could not open "${name}": ${why}.`);
  };
  let stat;
  try {
    stat = await fs.stat(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? fail('not-found', 'the file does not exist') : fail('io', describeFsError(error));
  }
  if (stat.isDirectory()) fail('invalid-file', 'it is a folder, not a file');
  if (stat.size > MAX_WORKSHOP_FILE_BYTES) fail('invalid-file', `it is larger than ${MAX_WORKSHOP_FILE_BYTES / 1024 / 1024} MB`);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(filePath);
  } catch (error) {
    return fail('io', describeFsError(error));
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\u0000') || text.includes('\uFFFD')) fail('invalid-file', 'it is not a text file (binary content)');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail('invalid-file', describeJsonError(text, error));
  }
  const result = migrate(raw);
  if (!result.ok) {
    if (result.reason === 'newer-version') fail('newer-version', result.message);
    return fail('invalid-file', result.reason === 'not-a-workshop' ? result.message : `its content is not valid (${result.message})`);
  }
  return { workshop: result.workshop, readOnly: false, migratedFrom: result.migratedFrom };
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
      return 'the disk is full';
    case 'ENOENT':
      return 'the folder does not exist';
    case 'EISDIR':
      return 'a folder has that name';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Writes a file atomically and durably: temp file in the same folder, fsync, rename over the target,
 * fsync the folder. A crash at any moment leaves the old or the new content, never a mix.
 */
export async function writeFileAtomic(filePath: string, content: string | Uint8Array): Promise<void> {
  const dir = path.dirname(filePath);
  const temp = path.join(dir, `.${path.basename(filePath)}.${process.pid}.${Date.now()}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'w', 0o644);
    await handle.writeFile(content, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, filePath);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await fsyncDirectory(dir);
}

async function fsyncDirectory(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open a directory for fsync; the rename is still atomic there.
    if (!['EISDIR', 'EPERM', 'EINVAL'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Saves a workshop; disk errors become an `IpcFailure` with a readable sentence. */
export async function writeWorkshopFile(filePath: string, workshop: Workshop): Promise<void> {
  try {
    await fs.mkdir(path.dirname(filePath), { recursive: true });
    await writeFileAtomic(filePath, serializeWorkshop(workshop));
  } catch (error) {
    throw new IpcFailure('io', `Could not save "${path.basename(filePath)}": ${describeFsError(error)}.`);
  }
}
