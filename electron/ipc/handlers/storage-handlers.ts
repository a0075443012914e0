import path from 'node:path';
import { IpcFailure } from '../../../shared/ipc';
import type { HandlerTable, MainServices } from '../handler-table';

type StorageHandlers = Pick<
  HandlerTable,
  | 'listBackups'
  | 'restoreBackup'
  | 'listRecoveredWork'
  | 'readRecoveredWork'
  | 'writeRecoveryJournal'
  | 'clearRecoveryJournal'
  | 'closeWindow'
>;

/** Backups, the recovery journal and closing the window (issue 4). */
export function storageHandlers(services: MainServices): StorageHandlers {
  const { storage, grants, windowControl, fileWatch } = services;

  const requireGranted = (filePath: string): string => {
    if (!grants.isGranted(filePath)) {
      throw new IpcFailure('not-allowed', 'This file was not chosen in a dialog or the recent list.');
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
      if (!entry) throw new IpcFailure('not-found', 'This recovered work is no longer there.');
      // The path was written by this main process from a granted path: the restored session may save to it.
      if (entry.filePath) grants.grant(entry.filePath);
      // Its saves compare the file with the version the edits began from, and the file is watched from now on.
      storage.adoptRecovered(entry);
      if (entry.filePath) fileWatch.watch(entry.filePath);
      return { journalId: entry.id, savedAt: entry.savedAt, path: entry.filePath, title: entry.workshop.meta.title, workshop: entry.workshop };
    },
    writeRecoveryJournal: async ({ journalId, path: filePath, workshop }) => {
      const resolved = filePath === null ? null : requireGranted(filePath);
      try {
        await storage.writeJournal(journalId, resolved, workshop);
      } catch (error) {
        if (error instanceof IpcFailure) throw error;
        throw new IpcFailure('io', `The recovery journal could not be written (${(error as Error).message}).`);
      }
      return null;
    },
    clearRecoveryJournal: async ({ journalId }) => {
      await storage.clearJournal(journalId);
      return null;
    },
    closeWindow: async () => {
      windowControl.close();
      return null;
    },
  };
}
