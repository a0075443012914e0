import { create } from 'zustand';

/** The workshops dialog: closed, the list (open one, start one), or the review of open actions after starting one. */
interface CommunityUiState {
  dialog: 'closed' | 'list' | 'review';
  /** The workshop whose open actions are reviewed (the one before the new one). */
  reviewFrom: string | null;
  show(dialog: CommunityUiState['dialog'], reviewFrom?: string | null): void;
  reset(): void;
}

export const useCommunityUi = create<CommunityUiState>()((set) => ({
  dialog: 'closed',
  reviewFrom: null,
  show: (dialog, reviewFrom = null) => set({ dialog, reviewFrom }),
  reset: () => set({ dialog: 'closed', reviewFrom: null }),
}));
