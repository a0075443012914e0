import { create } from 'zustand';
import { resetStore } from '../store/store-reset';

/** UI state of the agenda view: which step is being edited, and where the focus should go next. */
interface AgendaUiState {
  /** Back to the initial state (tests, a new session). */
  reset(): void;
  editingId: string | null;
  /** A control to focus after the next render (e.g. the Edit button after Done), by DOM id. */
  focusTarget: string | null;
  setEditing(id: string | null): void;
  focusSoon(domId: string | null): void;
}

export const useAgendaUiStore = create<AgendaUiState>()((set, _get, store) => ({
  reset: resetStore(store),
  editingId: null,
  focusTarget: null,
  setEditing: (editingId) => set({ editingId }),
  focusSoon: (focusTarget) => set({ focusTarget }),
}));

/** DOM ids of a step's controls, so the focus can be put back after an edit or a delete. */
export const stepControlId = (stepId: string, control: 'go' | 'edit' | 'title' | 'handle') => `agenda-step-${control}-${stepId}`;
