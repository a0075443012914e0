import path from 'node:path';
import { IpcFailure } from '../../../shared/ipc';
import { fsReason } from '../../services/user-file';
import type { DomainHandlers, MainServices } from '../handler-table';

/** Backups and the recovery journal (issue 4). */
export function storageHandlers(services: MainServices): DomainHandlers<'recovery'> {
  const { storage, grants, fileWatch } = services;

  const requireGranted = (filePath: string): string => {
    if (!grants.isGranted(filePath)) {
      throw IpcFailure.of({ code: 'not-allowed', sentence: 'notChosen' });
    }
    return path.resolve(filePath);
  };

  return {
    listBackups: async ({ path: filePath }) => storage.listBackups(requireGranted(filePath)),
    restoreBackup: async ({ path: filePath, id }) => {
      const read = await storage.readBackupForRestore(requireGranted(filePath), id);
      return { workshop: read.workshop, takenAt: read.takenAt, migratedFrom: read.migratedFrom };
    },
    listRecoveredWork: async ({ exceptJournalId }) =>
      (await storage.listRecoverable(exceptJournalId)).map((entry) => ({
        journalId: entry.id,
        savedAt: entry.savedAt,
        path: entry.filePath,
        title: entry.workshop.meta.title,
      })),
    readRecoveredWork: async ({ journalId }) => {
      const entry = await storage.journal.read(journalId);
      if (!entry) throw IpcFailure.of({ code: 'not-found', sentence: 'recoveredGone' });
      // The path was written by this main process from a granted path: the restored session may save to it.
      if (entry.filePath) grants.grant(entry.filePath);
      // Its saves compare the file with the version the edits began from, and the file is watched from now on.
      storage.adoptRecovered(entry);
      if (entry.filePath) fileWatch.watch(entry.filePath);
      return {
        journalId: entry.id,
        savedAt: entry.savedAt,
        path: entry.filePath,
        title: entry.workshop.meta.title,
        workshop: entry.workshop,
      };
    },
    writeRecoveryJournal: async ({ journalId, path: filePath, workshop }) => {
      const resolved = filePath === null ? null : requireGranted(filePath);
      try {
        await storage.writeJournal(journalId, resolved, workshop);
      } catch (error) {
        if (error instanceof IpcFailure) throw error;
        throw IpcFailure.of({ code: 'io', sentence: 'journal', ...fsReason(error) });
      }
      return null;
    },
    clearRecoveryJournal: async ({ journalId }) => {
      await storage.clearJournal(journalId);
      return null;
    },
  };
}
