import { create } from 'zustand';

/**
 * The workshops dialog: closed, the list (open one, start one, rename one), the review of open actions after
 * starting one, or the confirmation of deleting one.
 */
interface CommunityUiState {
  dialog: 'closed' | 'list' | 'review' | 'delete';
  /** The workshop whose open actions are reviewed (the one before the new one), or the one to delete. */
  reviewFrom: string | null;
  show(dialog: CommunityUiState['dialog'], reviewFrom?: string | null): void;
  reset(): void;
}

export const useCommunityUiStore = create<CommunityUiState>()((set) => ({
  dialog: 'closed',
  reviewFrom: null,
  show: (dialog, reviewFrom = null) => set({ dialog, reviewFrom }),
  reset: () => set({ dialog: 'closed', reviewFrom: null }),
}));
