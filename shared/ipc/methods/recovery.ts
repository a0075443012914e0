import { z } from 'zod';
import { WorkshopSchema } from '../../schema';
import { method, PathSchema } from '../method';
import { JournalIdSchema, type BackupInfo, type RecoveredWork, type RecoveredWorkSummary, type RestoredBackup } from '../storage-types';

/** Backups of workshop files and the recovery journal. */
export const RECOVERY_METHODS = {
  /** Backups of a file the main process handed out, newest first. */
  listBackups: method(z.object({ path: PathSchema })).returns<BackupInfo[]>(),
  /** Reads a backup to replace the document with it; the version now on disk is backed up first. */
  restoreBackup: method(z.object({ path: PathSchema, id: z.string().max(200) })).returns<RestoredBackup>(),
  /** Unsaved work earlier sessions left in the recovery journal (not the caller's own). */
  listRecoveredWork: method(z.object({ exceptJournalId: JournalIdSchema })).returns<RecoveredWorkSummary[]>(),
  /** Reads one journal to restore it; its file (if any) may then be saved to. */
  readRecoveredWork: method(z.object({ journalId: JournalIdSchema })).returns<RecoveredWork>(),
  /** Journals the unsaved document of this session (atomic; replaces the previous entry). */
  writeRecoveryJournal: method(
    z.object({ journalId: JournalIdSchema, path: PathSchema.nullable(), workshop: WorkshopSchema }),
  ).returns<null>(),
  /** Deletes a journal: after a successful save, an explicit discard, or a restore adopted elsewhere. */
  clearRecoveryJournal: method(z.object({ journalId: JournalIdSchema })).returns<null>(),
} as const;
