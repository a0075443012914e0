import { create } from 'zustand';
import { resetStore } from '../store/store-reset';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

interface PromptState {
  /** Back to the initial state (tests, a new session). */
  reset(): void;
  /** Set while the "unsaved changes" question is on screen. */
  pending: { fileName: string; resolve: (choice: UnsavedChoice) => void } | null;
  ask(fileName: string): Promise<UnsavedChoice>;
  answer(choice: UnsavedChoice): void;
}

/** The "Save / Don't save / Cancel" question, as an in-app dialog that works the same in Electron and the browser. */
export const usePromptStore = create<PromptState>()((set, get, store) => ({
  reset: resetStore(store),
  pending: null,
  ask: (fileName) =>
    new Promise<UnsavedChoice>((resolve) => {
      get().pending?.resolve('cancel');
      set({ pending: { fileName, resolve } });
    }),
  answer: (choice) => {
    const pending = get().pending;
    set({ pending: null });
    pending?.resolve(choice);
  },
}));
