import { create } from 'zustand';
import { resetStore } from '../store/store-reset';

/** UI state of the Sponsors view: the asks list, or the one-page pitch shown to a manager. */
interface SponsorsUiState {
  /** Back to the initial state (tests, a new session). */
  reset(): void;
  pitch: boolean;
  setPitch(pitch: boolean): void;
}

export const useSponsorsUiStore = create<SponsorsUiState>()((set, _get, store) => ({
  reset: resetStore(store),
  pitch: false,
  setPitch: (pitch) => set({ pitch }),
}));
