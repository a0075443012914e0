import { z } from 'zod';
import type { Workshop } from '../schema';

/** Files & recovery (issue 4): the shapes that cross IPC. */

/** A journal id names the renderer session that owns a recovery journal. Safe as a file name. */
export const JournalIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a journal id is letters, digits, - and _');

/** `changed-elsewhere`: the version another program (or CoP Studio instance) wrote, kept when a save found it. */
export type BackupKind = 'previous' | 'before-migration' | 'before-restore' | 'changed-elsewhere';

/** One backup of a workshop file: a version that a save (or a restore) replaced. */
export interface BackupInfo {
  id: string;
  /** When that version was replaced. */
  takenAt: string;
  kind: BackupKind;
  bytes: number;
}

export interface RestoredBackup {
  workshop: Workshop;
  takenAt: string;
  migratedFrom: number | null;
}

/** Unsaved work an earlier session left in the recovery journal. */
export interface RecoveredWorkSummary {
  journalId: string;
  savedAt: string;
  /** The workshop's file, or null when it was never saved. */
  path: string | null;
  title: string;
}

export interface RecoveredWork extends RecoveredWorkSummary {
  workshop: Workshop;
}
