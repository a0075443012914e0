import { api, call } from '../api/copstudio-api';
import { tr } from '../common/i18n';
import { useUiStore } from '../store/ui-store';
import { useFileStore } from './file-store';
import { currentWorkshop, useWorkshopStore } from '../store/workshop-store';
import { hasUnsavedChanges } from './dirty';
import { journalId } from './journal-id';
import { usePersistenceStore } from './persistence-store';

/** Unsaved edits reach the journal at most this long after the last change. */
export const JOURNAL_DELAY_MS = 500;

const journal = usePersistenceStore.getState;
const set = usePersistenceStore.setState;

/** Runs after the journal's previous write (one at a time). */
function queue(work: () => Promise<void>): Promise<void> {
  const chain = journal().journalChain.then(work);
  set({ journalChain: chain });
  return chain;
}

function cancelTimer(): void {
  clearTimeout(journal().journalTimer);
  set({ journalTimer: undefined });
}

/** Writes (or clears) the journal now: unsaved edits are journaled, a clean document leaves none. */
export function flushJournal(): Promise<void> {
  cancelTimer();
  return queue(async () => {
    const revision = useWorkshopStore.getState().revision;
    if (hasUnsavedChanges() && revision !== journal().discardedRevision) {
      const result = await call('writeRecoveryJournal', {
        journalId: journalId(),
        path: useFileStore.getState().path,
        workshop: currentWorkshop(),
      });
      // Never silent: a journal that cannot be written means no crash protection, and the person must know.
      const failing = journal().journalFailing;
      if (!result.ok && !failing) useUiStore.getState().notify('error', tr('errors.journalOff', { reason: result.reason }));
      else if (result.ok && failing) useUiStore.getState().notify('info', tr('errors.journalBack'));
      set({ journaled: result.ok, journalFailing: !result.ok });
    } else if (journal().journaled) {
      const result = await api().clearRecoveryJournal({ journalId: journalId() });
      set({ journaled: !result.ok });
    }
  });
}

function schedule(): void {
  clearTimeout(journal().journalTimer);
  set({ journalTimer: setTimeout(() => void flushJournal(), JOURNAL_DELAY_MS) });
}

/** Drops the journal of the current edits (after "Don't save"), so closing or replacing loses them on purpose. */
export function discardJournal(): Promise<void> {
  cancelTimer();
  set({ discardedRevision: useWorkshopStore.getState().revision });
  return queue(async () => {
    await api().clearRecoveryJournal({ journalId: journalId() });
    set({ journaled: false });
  });
}

/** Marks the journal as present (a restored journal, adopted by this session). */
export function adoptJournal(): void {
  set({ journaled: true });
}

/**
 * Journals every change (debounced) and clears the journal once the document is saved. Started by the session;
 * returns a stop function.
 */
export function startRecoveryJournal(): () => void {
  const stopWorkshop = useWorkshopStore.subscribe((state, previous) => {
    if (state.revision !== previous.revision) schedule();
  });
  const stopFile = useFileStore.subscribe((state, previous) => {
    if (state.savedRevision === previous.savedRevision && state.path === previous.path) return;
    // Saved: the journal goes at once, so a restart right after a save offers nothing stale.
    if (!hasUnsavedChanges()) void flushJournal();
    else schedule();
  });
  return () => {
    stopWorkshop();
    stopFile();
    cancelTimer();
  };
}
