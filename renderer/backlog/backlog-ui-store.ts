import { create } from 'zustand';
import { NO_FILTER, type BacklogFilter } from '../../shared/domain/backlog-filters';
import { resetStore } from '../store/store-reset';

/** The activity dialog: a new card for a column, or an existing card. */
export type ActivityEditor = { mode: 'create'; columnId: string } | { mode: 'edit'; activityId: string };

interface BacklogUiState {
  /** Back to the initial state (tests, a new session). */
  reset(): void;
  filter: BacklogFilter;
  editor: ActivityEditor | null;
  /** The column whose settings dialog is open. */
  columnSettingsId: string | null;
  fromCanvasOpen: boolean;
  setFilter(filter: Partial<BacklogFilter>): void;
  clearFilter(): void;
  openEditor(editor: ActivityEditor | null): void;
  openColumnSettings(columnId: string | null): void;
  setFromCanvasOpen(open: boolean): void;
}

/** UI-only state of the backlog board (never saved). */
export const useBacklogUiStore = create<BacklogUiState>()((set, _get, store) => ({
  reset: resetStore(store),
  filter: NO_FILTER,
  editor: null,
  columnSettingsId: null,
  fromCanvasOpen: false,
  setFilter: (filter) => set((state) => ({ filter: { ...state.filter, ...filter } })),
  clearFilter: () => set({ filter: NO_FILTER }),
  openEditor: (editor) => set({ editor }),
  openColumnSettings: (columnSettingsId) => set({ columnSettingsId }),
  setFromCanvasOpen: (fromCanvasOpen) => set({ fromCanvasOpen }),
}));
