import { saveWorkshop } from './file-commands';
import { useFileStore } from './file-store';
import { useWorkshopStore } from '../store/workshop-store';
import { hasUnsavedChanges } from './dirty';
import { useFilesUiStore } from './files-ui-store';
import { usePersistenceStore } from './persistence-store';

/** A workshop that has a file is saved this long after the last change. */
export const AUTOSAVE_DELAY_MS = 1000;

const saving = usePersistenceStore.getState;
const set = usePersistenceStore.setState;

const hasWritableFile = () => {
  const { path, readOnly } = useFileStore.getState();
  // Changed on disk by someone else: nothing is written until the person chose what to keep.
  return path !== null && !readOnly && useFilesUiStore.getState().conflict === null;
};

/**
 * Saves now when the workshop has a file and unsaved edits; one save at a time (a call during a save runs
 * after it). Resolves true when nothing is left unsaved.
 */
export function flushAutosave(): Promise<boolean> {
  clearTimeout(saving().autosaveTimer);
  const chain = saving().autosaveChain.then(() =>
    hasWritableFile() && hasUnsavedChanges() ? saveWorkshop({ quiet: true }) : !hasUnsavedChanges(),
  );
  set({ autosaveTimer: undefined, autosaveChain: chain });
  return chain;
}

/** Debounced autosave after each change, plus on window blur. Started by the session; returns a stop function. */
export function startAutosave(): () => void {
  const stop = useWorkshopStore.subscribe((state, previous) => {
    if (state.revision === previous.revision || !hasWritableFile()) return;
    clearTimeout(saving().autosaveTimer);
    set({ autosaveTimer: setTimeout(() => void flushAutosave(), AUTOSAVE_DELAY_MS) });
  });
  const onBlur = () => {
    if (saving().autosaveTimer !== undefined) void flushAutosave();
  };
  window.addEventListener('blur', onBlur);
  return () => {
    stop();
    window.removeEventListener('blur', onBlur);
    clearTimeout(saving().autosaveTimer);
    set({ autosaveTimer: undefined });
  };
}
