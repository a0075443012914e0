import path from 'node:path';
import type { Workshop } from '../../shared/schema';
import { nodeFs, type FsPort } from './fs-port';

/** The JSON a workshop file holds: UTF-8, two-space indent, final newline — readable and diffable. */
export function serializeWorkshop(workshop: Workshop): string {
  return `${JSON.stringify(workshop, null, 2)}\n`;
}

let tempCounter = 0;
const TEMP_SUFFIX = '.tmp';
const tempPrefixOf = (filePath: string) => `.${path.basename(filePath)}.`;

/**
 * Writes a file atomically and durably: temp file in the same folder, fsync, rename over the target,
 * fsync the folder. A crash at any moment leaves the old or the new content, never a mix.
 */
export async function writeFileAtomic(
  filePath: string,
  content: string | Uint8Array,
  fs: FsPort = nodeFs,
  options: { mode?: number } = {},
): Promise<void> {
  const dir = path.dirname(filePath);
  const temp = path.join(dir, `${tempPrefixOf(filePath)}${process.pid}.${Date.now()}.${tempCounter++}${TEMP_SUFFIX}`);
  let handle: Awaited<ReturnType<FsPort['open']>> | undefined;
  try {
    handle = await fs.open(temp, 'w', options.mode ?? 0o644);
    // The umask may have narrowed the mode: a file replacing one with these permissions gets exactly them.
    if (options.mode !== undefined) await handle.chmod(options.mode);
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, filePath);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await fsyncDirectory(dir, fs);
}

async function fsyncDirectory(dir: string, fs: FsPort): Promise<void> {
  let handle: Awaited<ReturnType<FsPort['open']>> | undefined;
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

/** Removes temp files a killed save of this file left behind (they are never the real file). Best effort. */
async function removeStaleTemps(filePath: string, fs: FsPort): Promise<void> {
  const prefix = tempPrefixOf(filePath);
  const dir = path.dirname(filePath);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((n) => n.startsWith(prefix) && n.endsWith(TEMP_SUFFIX))
      .map((n) => fs.rm(path.join(dir, n), { force: true }).catch(() => undefined)),
  );
}

/** Creates the folder if needed, writes atomically, then removes temp files an earlier killed save left. */
export async function writeFileDurably(filePath: string, content: string | Uint8Array, fs: FsPort = nodeFs): Promise<void> {
  await fs.mkdir(path.dirname(filePath), { recursive: true });
  await writeFileAtomic(filePath, content, fs);
  await removeStaleTemps(filePath, fs);
}

/**
 * Writes over an existing file's folder without creating it (a folder that was moved, renamed or unmounted
 * is not recreated), keeping `mode`, then removes temp files an earlier killed save of this file left.
 */
export async function writeFileReplacing(
  filePath: string,
  content: string | Uint8Array,
  fs: FsPort = nodeFs,
  mode?: number,
): Promise<void> {
  await writeFileAtomic(filePath, content, fs, { mode });
  await removeStaleTemps(filePath, fs);
}

const TEMP_PID = /^\..+\.(\d+)\.\d+\.\d+\.tmp$/;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes, in the app's own folders (backups, recovery), the temp files of saves whose process is gone (a
 * killed or crashed CoP Studio). Temps of a live process — this one or another instance sharing the data
 * folder — are left alone: they may be a save in progress. Best effort.
 */
export async function removeDeadTemps(dir: string, fs: FsPort = nodeFs): Promise<void> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names.map((name) => {
      const pid = Number(TEMP_PID.exec(name)?.[1] ?? NaN);
      if (!Number.isInteger(pid) || pid === process.pid || isAlive(pid)) return undefined;
      return fs.rm(path.join(dir, name), { force: true }).catch(() => undefined);
    }),
  );
}
