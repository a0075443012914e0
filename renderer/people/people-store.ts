import { create } from 'zustand';

/** UI state of the People view (not part of the document). */
interface PeopleUiState {
  query: string;
  setQuery(query: string): void;
}

export const usePeopleUi = create<PeopleUiState>()((set) => ({
  query: '',
  setQuery: (query) => set({ query }),
}));
