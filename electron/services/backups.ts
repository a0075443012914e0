import { createHash } from 'node:crypto';
import path from 'node:path';
import { nodeFs, type FsPort } from './fs-port';
import { removeDeadTemps, writeFileAtomic } from './atomic-write';

import type { BackupInfo as BackupEntry, BackupKind } from '../../shared/ipc/storage-types';

export type { BackupEntry, BackupKind };

export const MAX_ROLLING_BACKUPS = 5;
/** Autosave writes often; a new rolling backup is taken at most this often (and always on the first save of a session). */
export const BACKUP_SPACING_MS = 5 * 60 * 1000;

const ID_PATTERN = /^(\d{8}T\d{9}Z)-(previous|before-migration|before-restore|changed-elsewhere)-([0-9a-f]{12})\.copstudio$/;

const stampOf = (date: Date) => date.toISOString().replace(/[-:.]/g, '');
const dateOfStamp = (stamp: string) =>
  `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`;

/**
 * Rolling backups of workshop files, under `<dataDir>/backups/<file name>-<hash of its path>/`: before a save
 * replaces a file, the version on disk is copied there (atomically). The last 5 "previous" versions are kept,
 * plus the original of a file migrated from an older format and the version replaced by a restore.
 */
export class Backups {
  /** Files already backed up once in this session (the first save of a session always takes a backup). */
  private readonly backedUpThisSession = new Set<string>();

  constructor(
    private readonly rootDir: string,
    private readonly fs: FsPort = nodeFs,
    private readonly now: () => Date = () => new Date(),
  ) {}

  folderOf(filePath: string): string {
    const resolved = path.resolve(filePath);
    const hash = createHash('sha256').update(resolved).digest('hex').slice(0, 12);
    const safeName = path
      .basename(resolved)
      .replace(/[^\w.-]+/g, '_')
      .slice(0, 60);
    return path.join(this.rootDir, `${safeName}-${hash}`);
  }

  async list(filePath: string): Promise<BackupEntry[]> {
    const folder = this.folderOf(filePath);
    const names = await this.fs.readdir(folder).catch(() => [] as string[]);
    const entries: BackupEntry[] = [];
    for (const name of names) {
      const match = ID_PATTERN.exec(name);
      if (!match) continue;
      const stat = await this.fs.stat(path.join(folder, name)).catch(() => null);
      if (!stat) continue;
      entries.push({ id: name, takenAt: dateOfStamp(match[1]!), kind: match[2] as BackupKind, bytes: stat.size });
    }
    return entries.sort((a, b) => b.id.localeCompare(a.id));
  }

  /** The path of a backup, or null when `id` is not one of this file's backups. */
  async pathOf(filePath: string, id: string): Promise<string | null> {
    if (!ID_PATTERN.test(id)) return null;
    const entries = await this.list(filePath);
    return entries.some((e) => e.id === id) ? path.join(this.folderOf(filePath), id) : null;
  }

  /**
   * Called before `filePath` is overwritten. Copies the version on disk when it is due: the first save of the
   * session, a forced kind (migration, restore), or the newest backup being older than the spacing.
   * A file that does not exist yet needs no backup. Identical content is not stored twice.
   */
  async beforeOverwrite(
    filePath: string,
    kind: BackupKind = 'previous',
    given?: { bytes: Buffer; mode?: number },
  ): Promise<BackupEntry | null> {
    const resolved = path.resolve(filePath);
    let bytes: Buffer;
    let mode: number | undefined = given?.mode;
    try {
      bytes = given?.bytes ?? (await this.fs.readFile(resolved));
      // A private file (0600) has private backups: they keep the file's permission bits.
      mode ??= (await this.fs.stat(resolved)).mode & 0o777;
    } catch {
      return null;
    }
    const existing = await this.list(resolved);
    const newestRolling = existing.find((e) => e.kind === 'previous');
    const firstThisSession = !this.backedUpThisSession.has(resolved);
    const due =
      kind !== 'previous' ||
      firstThisSession ||
      !newestRolling ||
      this.now().getTime() - Date.parse(newestRolling.takenAt) >= BACKUP_SPACING_MS;
    if (!due) return null;
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
    this.backedUpThisSession.add(resolved);
    const same = existing.find((e) => e.id.endsWith(`-${hash}.copstudio`) && (e.kind === kind || kind === 'previous'));
    // Already kept: a conflict still names the backup that holds the other version.
    if (same) return kind === 'changed-elsewhere' ? same : null;
    const folder = this.folderOf(resolved);
    await this.fs.mkdir(folder, { recursive: true });
    const id = `${stampOf(this.now())}-${kind}-${hash}.copstudio`;
    await writeFileAtomic(path.join(folder, id), bytes, this.fs, { mode });
    await removeDeadTemps(folder, this.fs);
    await this.fs.mkdir(folder, { recursive: true });
    await writeFileAtomic(path.join(folder, 'source.json'), `${JSON.stringify({ path: resolved }, null, 2)}\n`, this.fs);
    await this.prune(resolved);
    return { id, takenAt: this.now().toISOString(), kind, bytes: bytes.length };
  }

  /** Keeps the newest 5 rolling backups and the newest 2 of each special kind. */
  private async prune(filePath: string): Promise<void> {
    const entries = await this.list(filePath);
    const keep = {
      previous: MAX_ROLLING_BACKUPS,
      'before-migration': 2,
      'before-restore': 2,
      'changed-elsewhere': MAX_ROLLING_BACKUPS,
    } as const;
    const seen = { previous: 0, 'before-migration': 0, 'before-restore': 0, 'changed-elsewhere': 0 };
    for (const entry of entries) {
      seen[entry.kind] += 1;
      if (seen[entry.kind] > keep[entry.kind]) {
        await this.fs.rm(path.join(this.folderOf(filePath), entry.id), { force: true }).catch(() => undefined);
      }
    }
  }
}
