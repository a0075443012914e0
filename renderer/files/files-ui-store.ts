import { create } from 'zustand';
import type { RecoveredWorkSummary } from '../../shared/ipc';
import { resetStore } from '../store/store-reset';

export type RecoveryChoice = 'restore' | 'discard' | 'later';

/** The open file changed on disk (another program, another CoP Studio): autosave stops until the person chooses. */
export interface FileConflict {
  path: string;
  /** The backup keeping the other version, when a save already took it. */
  backupId: string | null;
}

interface FilesUiState {
  /** Back to the initial state (tests, a new session). */
  reset(): void;
  recentOpen: boolean;
  backupsOpen: boolean;
  /** Set while the "Recover unsaved work" question is on screen. */
  recovery: { work: RecoveredWorkSummary; resolve: (choice: RecoveryChoice) => void } | null;
  setRecentOpen(open: boolean): void;
  setBackupsOpen(open: boolean): void;
  askAboutRecovery(work: RecoveredWorkSummary): Promise<RecoveryChoice>;
  answerRecovery(choice: RecoveryChoice): void;
  conflict: FileConflict | null;
  /** Whether the conflict question is on screen (Escape hides it; the next save shows it again). */
  conflictOpen: boolean;
  setConflict(conflict: FileConflict | null): void;
  setConflictOpen(open: boolean): void;
}

/** UI state of the files feature: which of its dialogs is open. */
export const useFilesUiStore = create<FilesUiState>()((set, get, store) => ({
  reset: resetStore(store),
  recentOpen: false,
  backupsOpen: false,
  recovery: null,
  conflict: null,
  conflictOpen: false,
  setConflict: (conflict) => set({ conflict, conflictOpen: conflict !== null }),
  setConflictOpen: (conflictOpen) => set({ conflictOpen }),
  setRecentOpen: (recentOpen) => set({ recentOpen }),
  setBackupsOpen: (backupsOpen) => set({ backupsOpen }),
  askAboutRecovery: (work) =>
    new Promise<RecoveryChoice>((resolve) => {
      get().recovery?.resolve('later');
      set({ recovery: { work, resolve } });
    }),
  answerRecovery: (choice) => {
    const pending = get().recovery;
    set({ recovery: null });
    pending?.resolve(choice);
  },
}));
