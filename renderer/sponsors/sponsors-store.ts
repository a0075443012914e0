import { create } from 'zustand';

/** UI state of the Sponsors view: the asks list, or the one-page pitch shown to a manager. */
interface SponsorsUiState {
  pitch: boolean;
  setPitch(pitch: boolean): void;
}

export const useSponsorsUi = create<SponsorsUiState>()((set) => ({
  pitch: false,
  setPitch: (pitch) => set({ pitch }),
}));
