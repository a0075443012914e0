import { create } from 'zustand';
import { resetStore } from '../store/store-reset';

interface HelpState {
  /** Back to the initial state (tests, a new session). */
  reset(): void;
  open: boolean;
  show(): void;
  close(): void;
}

/** The Help dialog ("how a vision workshop runs", and the way to the keyboard map). */
export const useHelpStore = create<HelpState>()((set, _get, store) => ({
  reset: resetStore(store),
  open: false,
  show: () => set({ open: true }),
  close: () => set({ open: false }),
}));
