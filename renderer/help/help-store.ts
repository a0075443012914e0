import { create } from 'zustand';

interface HelpState {
  open: boolean;
  show(): void;
  close(): void;
}

/** The Help dialog ("how a vision workshop runs", and the way to the keyboard map). */
export const useHelpStore = create<HelpState>()((set) => ({
  open: false,
  show: () => set({ open: true }),
  close: () => set({ open: false }),
}));
