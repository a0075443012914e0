import path from 'node:path';
import type { Workshop } from '../../shared/schema';
import { IpcFailure } from '../../shared/ipc';
import { Backups, type BackupEntry } from './backups';
import { nodeFs, type FsPort } from './fs-port';
import { RecoveryJournal, type JournalEntry } from './recovery-journal';
import { SaveQueue } from './save-queue';
import { describeFsError, readWorkshopFile, serializeWorkshop, writeWorkshopFile, type ReadWorkshop } from './workshop-files';

export interface WorkshopStorageOptions {
  /** The app's data folder: backups go to `<dataDir>/backups`, the recovery journal to `<dataDir>/recovery`. */
  dataDir: string;
  fs?: FsPort;
  now?: () => Date;
}

/**
 * Everything that touches workshop files, behind one object: reads (never writing), saves serialized per file
 * with a backup of the replaced version, backups, and the recovery journal.
 */
export class WorkshopStorage {
  readonly fs: FsPort;
  readonly backups: Backups;
  readonly journal: RecoveryJournal;
  private readonly queue = new SaveQueue();
  /** Files read from an older format: their original is backed up before the first save over them. */
  private readonly migrated = new Set<string>();
  /** Files refused because a newer CoP Studio wrote them: never saved over, except by an explicit Save As. */
  private readonly newer = new Set<string>();

  constructor(options: WorkshopStorageOptions) {
    this.fs = options.fs ?? nodeFs;
    this.backups = new Backups(path.join(options.dataDir, 'backups'), this.fs, options.now);
    this.journal = new RecoveryJournal(path.join(options.dataDir, 'recovery'), this.fs);
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
    return read;
  }

  /**
   * Saves after any save of the same file still running; backs up the version it replaces when due.
   * `chosenInDialog`: the person picked this target in a Save dialog (and confirmed replacing it).
   */
  save(filePath: string, workshop: Workshop, options: { chosenInDialog?: boolean } = {}): Promise<void> {
    const resolved = path.resolve(filePath);
    if (this.newer.has(resolved) && !options.chosenInDialog) {
      return Promise.reject(
        new IpcFailure('newer-version', `"${path.basename(resolved)}" was saved by a newer CoP Studio, so it is not saved over. Use Save As.`),
      );
    }
    return this.queue.run(resolved, async () => {
      const migrated = this.migrated.has(resolved);
      try {
        await this.backups.beforeOverwrite(resolved, migrated ? 'before-migration' : 'previous');
      } catch (error) {
        // The original of an older-format file must be safe before we write over it; a routine backup may fail.
        if (migrated) {
          throw new IpcFailure(
            'io',
            `Could not save "${path.basename(resolved)}": its original (older format) could not be backed up first (${describeFsError(error)}). Use Save As to save elsewhere.`,
          );
        }
      }
      await writeWorkshopFile(resolved, workshop, this.fs);
      this.migrated.delete(resolved);
      this.newer.delete(resolved);
    });
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
    if (!backupPath || !entry) throw new IpcFailure('not-found', 'This backup no longer exists.');
    const read = await readWorkshopFile(backupPath, this.fs);
    await this.queue.run(resolved, () => this.backups.beforeOverwrite(resolved, 'before-restore')).catch((error: unknown) => {
      throw new IpcFailure('io', `The current "${path.basename(resolved)}" could not be backed up before the restore (${describeFsError(error)}), so nothing was restored.`);
    });
    return { ...read, takenAt: entry.takenAt };
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
    return this.queue.run(`journal:${id}`, () => this.journal.write(id, filePath, workshop));
  }

  clearJournal(id: string): Promise<void> {
    return this.queue.run(`journal:${id}`, () => this.journal.clear(id));
  }
}
