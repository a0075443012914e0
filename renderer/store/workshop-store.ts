import { produce, type Draft } from 'immer';
import { create } from 'zustand';
import { createWorkshop } from '../../shared/domain/new-workshop';
import { tr } from '../common/i18n';
import { canRedo, canUndo, createHistory, recordChange, redo, undo, type UndoHistory } from '../../shared/domain/undo-history';
import type { Workshop } from '../../shared/schema';
import { resetStore } from './store-reset';

export interface ChangeOptions {
  /** Consecutive changes with the same key (e.g. typing in one field) make one undo step. */
  coalesceKey?: string;
}

interface WorkshopState {
  /** Back to the initial state (tests, a new session). */
  reset(): void;
  history: UndoHistory<Workshop>;
  /** Bumps on every change of the document, including undo and redo (drives autosave). */
  revision: number;
  /** What the last undo/redo did, for the screen-reader announcement. */
  lastUndoRedo: string | null;
  /** Applies a change to the document as one undoable step named `label`. */
  change(label: string, recipe: (draft: Draft<Workshop>) => void, options?: ChangeOptions): void;
  undo(): void;
  redo(): void;
  /** Replaces the document (new or opened file): clears the history. */
  load(workshop: Workshop): void;
}

export const useWorkshopStore = create<WorkshopState>()((set, get, store) => ({
  reset: resetStore(store),
  history: createHistory(createWorkshop()),
  revision: 0,
  lastUndoRedo: null,
  change(label, recipe, options = {}) {
    const { history, revision } = get();
    const next = produce(history.present, recipe);
    if (next === history.present) return;
    set({ history: recordChange(history, next, { label, coalesceKey: options.coalesceKey }), revision: revision + 1 });
  },
  undo() {
    const result = undo(get().history);
    if (!result.label) return;
    set({ history: result.history, revision: get().revision + 1, lastUndoRedo: tr('app.undo.undid', { label: result.label }) });
  },
  redo() {
    const result = redo(get().history);
    if (!result.label) return;
    set({ history: result.history, revision: get().revision + 1, lastUndoRedo: tr('app.undo.redid', { label: result.label }) });
  },
  load(workshop) {
    set({ history: createHistory(workshop), revision: get().revision + 1, lastUndoRedo: null });
  },
}));

/** Reads a slice of the current document. Keep selectors narrow: a component re-renders when its slice changes. */
export function useWorkshop<T>(selector: (workshop: Workshop) => T): T {
  return useWorkshopStore((state) => selector(state.history.present));
}

export const useCanUndo = () => useWorkshopStore((state) => canUndo(state.history));
export const useCanRedo = () => useWorkshopStore((state) => canRedo(state.history));

/** The current document, outside React. */
export const currentWorkshop = (): Workshop => useWorkshopStore.getState().history.present;

/** Changes the document as one undo step named `label`: what every feature's commands call. */
export const changeWorkshop: WorkshopState['change'] = (label, recipe, options) =>
  useWorkshopStore.getState().change(label, recipe, options);
