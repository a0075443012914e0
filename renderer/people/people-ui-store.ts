import { create } from 'zustand';
import { resetStore } from '../store/store-reset';

/** UI state of the People view (not part of the document). */
interface PeopleUiState {
  /** Back to the initial state (tests, a new session). */
  reset(): void;
  query: string;
  setQuery(query: string): void;
}

export const usePeopleUiStore = create<PeopleUiState>()((set, _get, store) => ({
  reset: resetStore(store),
  query: '',
  setQuery: (query) => set({ query }),
}));
