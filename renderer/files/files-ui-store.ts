import { create } from 'zustand';
import type { RecoveredWorkSummary } from '../../shared/ipc';

export type RecoveryChoice = 'restore' | 'discard' | 'later';

interface FilesUiState {
  recentOpen: boolean;
  backupsOpen: boolean;
  /** Set while the "Recover unsaved work" question is on screen. */
  recovery: { work: RecoveredWorkSummary; resolve: (choice: RecoveryChoice) => void } | null;
  setRecentOpen(open: boolean): void;
  setBackupsOpen(open: boolean): void;
  askAboutRecovery(work: RecoveredWorkSummary): Promise<RecoveryChoice>;
  answerRecovery(choice: RecoveryChoice): void;
}

/** UI state of the files feature: which of its dialogs is open. */
export const useFilesUiStore = create<FilesUiState>()((set, get) => ({
  recentOpen: false,
  backupsOpen: false,
  recovery: null,
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
