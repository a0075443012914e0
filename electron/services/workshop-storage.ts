import { constants as fsConstants } from 'node:fs';
import path from 'node:path';
import type { Workshop } from '../../shared/schema';
import { IpcFailure } from '../../shared/ipc';
import { removeDeadTemps } from './atomic-write';
import { Backups, type BackupEntry } from './backups';
import { nodeFs, type FsPort } from './fs-port';
import { RecoveryJournal, type JournalEntry } from './recovery-journal';
import { SaveQueue } from './save-queue';
import { fileFailure, fsFailure } from './user-file';
import {
  fingerprintOf,
  MAX_WORKSHOP_FILE_BYTES,
  readRegularFile,
  readWorkshopFile,
  serializeWorkshop,
  workshopFileBytes,
  writeWorkshopFile,
  type Fingerprint,
  type ReadWorkshop,
} from './workshop-files';

export interface WorkshopStorageOptions {
  /** The app's data folder: backups go to `<dataDir>/backups`, the recovery journal to `<dataDir>/recovery`. */
  dataDir: string;
  fs?: FsPort;
  now?: () => Date;
  /** The size limit on save (tests make it small); the same as on open by default. */
  maxFileBytes?: number;
}

/**
 * Everything that touches workshop files, behind one object: reads (never writing), saves serialized per file
 * with a backup of the replaced version, backups, and the recovery journal.
 */
/** A version no file on disk matches (size -1): whatever is on disk counts as changed elsewhere. */
const UNKNOWN_VERSION: Fingerprint = { size: -1, mtimeMs: -1, hash: 'unknown' };

export class WorkshopStorage {
  readonly fs: FsPort;
  readonly backups: Backups;
  readonly journal: RecoveryJournal;
  private readonly queue = new SaveQueue();
  /** Files read from an older format: their original is backed up before the first save over them. */
  private readonly migrated = new Set<string>();
  /** Files refused because a newer CoP Studio wrote them: never saved over, except by an explicit Save As. */
  private readonly newer = new Set<string>();
  /** What each file held when this instance last read or wrote it: a save over anything else is a conflict. */
  private readonly known = new Map<string, Fingerprint>();
  /** The other version last reported as "changed on disk" per file (reported once, not every few seconds). */
  private readonly reported = new Map<string, string>();
  private readonly maxFileBytes: number;

  constructor(options: WorkshopStorageOptions) {
    this.fs = options.fs ?? nodeFs;
    this.maxFileBytes = options.maxFileBytes ?? MAX_WORKSHOP_FILE_BYTES;
    this.backups = new Backups(path.join(options.dataDir, 'backups'), this.fs, options.now);
    this.journal = new RecoveryJournal(path.join(options.dataDir, 'recovery'), this.fs);
  }

  /** This instance is going away: its recovery journals are no longer "live" for other instances. */
  dispose(): void {
    this.journal.release();
  }

  async open(filePath: string): Promise<ReadWorkshop> {
    const resolved = path.resolve(filePath);
    let read: ReadWorkshop;
    try {
      read = await readWorkshopFile(resolved, this.fs);
    } catch (error) {
      if (error instanceof IpcFailure && error.code === 'newer-version') this.newer.add(resolved);
      throw error;
    }
    this.newer.delete(resolved);
    if (read.migratedFrom !== null) this.migrated.add(resolved);
    else this.migrated.delete(resolved);
    if (read.fingerprint) this.known.set(resolved, read.fingerprint);
    this.reported.delete(resolved);
    return read;
  }

  /** The file a save writes: a symbolic link's target (the link stays a link), else the path itself. */
  private async targetOf(resolved: string): Promise<string> {
    return this.fs.realpath(resolved).catch(() => resolved);
  }

  /**
   * Whether the file changed on disk since this instance read or wrote it — each other version reported once.
   * Runs in the file's save queue, so a save of our own is never mistaken for someone else's.
   */
  changedOnDisk(filePath: string): Promise<boolean> {
    const resolved = path.resolve(filePath);
    return this.queue.run(resolved, async () => {
      const known = this.known.get(resolved);
      if (!known) return false;
      const current = await fingerprintOf(await this.targetOf(resolved), this.fs, known);
      // Missing for a moment (an editor replacing the file by a rename): the next check sees the new file.
      if (!current) return false;
      if (current.hash === known.hash) {
        this.known.set(resolved, current);
        return false;
      }
      if (this.reported.get(resolved) === current.hash) return false;
      this.reported.set(resolved, current.hash);
      return true;
    });
  }

  /** Refuses a target whose attributes a save would not keep: read-only, not a regular file, hard-linked. */
  private async checkAttributes(resolved: string, target: string): Promise<{ mode: number } | null> {
    const name = path.basename(resolved);
    const stat = await this.fs.stat(target).catch(() => null);
    if (!stat) return null;
    if (!stat.isFile()) throw fileFailure('invalid-file', 'save', name, 'not-regular');
    const readOnly =
      (stat.mode & 0o200) === 0 ||
      (await this.fs.access(target, fsConstants.W_OK).then(
        () => false,
        () => true,
      ));
    if (readOnly) throw fileFailure('io', 'save', name, 'read-only-file');
    if (stat.nlink > 1) {
      throw fileFailure('io', 'save', name, 'hard-links', { count: stat.nlink - 1 });
    }
    return { mode: stat.mode & 0o7777 };
  }

  /**
   * Saves after any save of the same file still running; backs up the version it replaces when due.
   * `chosenInDialog`: the person picked this target in a Save dialog (and confirmed replacing it).
   */
  save(filePath: string, workshop: Workshop, options: { chosenInDialog?: boolean; overwriteChanged?: boolean } = {}): Promise<void> {
    const resolved = path.resolve(filePath);
    const name = path.basename(resolved);
    if (this.newer.has(resolved) && !options.chosenInDialog) {
      return Promise.reject(fileFailure('newer-version', 'newerNotSaved', name));
    }
    return this.queue.run(resolved, async () => {
      const bytes = workshopFileBytes(resolved, workshop, this.maxFileBytes);
      const target = await this.targetOf(resolved);
      const attributes = await this.checkAttributes(resolved, target);
      const known = this.known.get(resolved);
      if (attributes && options.overwriteChanged) {
        // "Keep mine": whatever is on disk now is kept first (a backup of the same bytes is not stored twice).
        await this.keepOtherVersion(resolved, target, attributes.mode, true);
      } else if (attributes && known && !options.chosenInDialog) {
        const current = await fingerprintOf(target, this.fs, known);
        if (current && current.hash !== known.hash) await this.keepOtherVersion(resolved, target, attributes.mode, false);
      }
      const migrated = this.migrated.has(resolved);
      try {
        await this.backups.beforeOverwrite(resolved, migrated ? 'before-migration' : 'previous');
      } catch (error) {
        // The original of an older-format file must be safe before we write over it; a routine backup may fail.
        if (migrated) {
          throw fsFailure('saveOriginalNotKept', name, error);
        }
      }
      const written = await writeWorkshopFile(target, bytes, this.fs, attributes?.mode, { createFolder: options.chosenInDialog });
      this.known.set(resolved, written);
      // Temp files of killed saves (of any CoP Studio that is gone) in the app's own folders go now.
      await removeDeadTemps(this.backups.folderOf(resolved), this.fs);
      await removeDeadTemps(this.journal.dir, this.fs);
      this.reported.delete(resolved);
      this.migrated.delete(resolved);
      this.newer.delete(resolved);
    });
  }

  /**
   * The file changed on disk since we read or wrote it. Its version is kept as a `changed-elsewhere` backup;
   * then, unless the person chose "Keep mine" (`overwrite`), nothing is written and a `conflict` is returned.
   */
  private async keepOtherVersion(resolved: string, target: string, mode: number, overwrite: boolean): Promise<void> {
    const name = path.basename(resolved);
    let backupId: string | null = null;
    let problem: unknown = null;
    try {
      const { bytes } = await readRegularFile(this.fs, target, this.maxFileBytes * 2);
      backupId = (await this.backups.beforeOverwrite(resolved, 'changed-elsewhere', { bytes, mode }))?.id ?? null;
    } catch (error) {
      problem = error;
    }
    if (!overwrite) {
      throw IpcFailure.of({ code: 'conflict', sentence: 'conflict', fileName: name, conflict: { path: resolved, backupId } });
    }
    if (backupId === null) {
      throw fsFailure('saveOtherNotKept', name, problem);
    }
  }

  listBackups(filePath: string): Promise<BackupEntry[]> {
    return this.backups.list(filePath);
  }

  /**
   * Reads a backup of `filePath` (migrating it in memory if needed) and, before the document is replaced in the
   * app, keeps the version now on disk as a "before restore" backup — so restoring never loses the current file.
   */
  async readBackupForRestore(filePath: string, id: string): Promise<ReadWorkshop & { takenAt: string }> {
    const resolved = path.resolve(filePath);
    const backupPath = await this.backups.pathOf(resolved, id);
    const entry = (await this.backups.list(resolved)).find((e) => e.id === id);
    if (!backupPath || !entry) throw IpcFailure.of({ code: 'not-found', sentence: 'backupGone' });
    const read = await readWorkshopFile(backupPath, this.fs);
    await this.queue
      .run(resolved, () => this.backups.beforeOverwrite(resolved, 'before-restore'))
      .catch((error: unknown) => {
        throw fsFailure('restoreNotKept', resolved, error);
      });
    return { ...read, takenAt: entry.takenAt };
  }

  /** Whether `filePath` was read or written by this instance (the watcher has something to compare with). */
  knows(filePath: string): boolean {
    return this.known.has(path.resolve(filePath));
  }

  /**
   * Journals left by earlier sessions that still hold unsaved work. A journal whose workshop equals its file on
   * disk (the session saved, then ended before clearing it) holds nothing unsaved: it is deleted, not offered.
   */
  async listRecoverable(exceptId: string): Promise<JournalEntry[]> {
    const entries = await this.journal.list(exceptId);
    const unsaved: JournalEntry[] = [];
    for (const entry of entries) {
      if (entry.filePath) {
        const onDisk = await readWorkshopFile(entry.filePath, this.fs).catch(() => null);
        if (onDisk && serializeWorkshop(onDisk.workshop) === serializeWorkshop(entry.workshop)) {
          await this.clearJournal(entry.id).catch(() => undefined);
          continue;
        }
      }
      unsaved.push(entry);
    }
    return unsaved;
  }

  writeJournal(id: string, filePath: string | null, workshop: Workshop): Promise<void> {
    const base = filePath === null ? null : (this.known.get(path.resolve(filePath)) ?? null);
    return this.queue.run(`journal:${id}`, () => this.journal.write(id, filePath, workshop, base));
  }

  /**
   * This session restores a recovery journal's edits of `entry.filePath`: its saves compare the file on disk with
   * the version those edits were made on, so a version written since (by someone else, or by the crashed
   * session's last save) is kept as a backup and the person asked, never silently overwritten. A journal that
   * does not say which version it was made on (older ones) counts every version on disk as another one.
   */
  adoptRecovered(entry: JournalEntry): void {
    if (!entry.filePath) return;
    const resolved = path.resolve(entry.filePath);
    this.known.set(resolved, entry.base ?? UNKNOWN_VERSION);
    this.reported.delete(resolved);
  }

  clearJournal(id: string): Promise<void> {
    return this.queue.run(`journal:${id}`, () => this.journal.clear(id));
  }
}
