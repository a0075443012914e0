import { api, call } from '../api/copstudio-api';
import { tr } from '../common/i18n';
import { useUiStore } from '../store/ui-store';
import { useFileStore } from '../store/file-store';
import { currentWorkshop, useWorkshopStore } from '../store/workshop-store';
import { hasUnsavedChanges } from './dirty';
import { journalId } from './journal-id';

/** Unsaved edits reach the journal at most this long after the last change. */
export const JOURNAL_DELAY_MS = 500;

let timer: ReturnType<typeof setTimeout> | undefined;
let chain: Promise<void> = Promise.resolve();
let journaled = false;
/** A revision the person chose to discard: it is not journaled again. */
let discardedRevision: number | null = null;
/** The last write failed: crash protection is off, and the person was told (once, until a write works again). */
let failing = false;

/** Writes (or clears) the journal now: unsaved edits are journaled, a clean document leaves none. */
export function flushJournal(): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  chain = chain.then(async () => {
    const revision = useWorkshopStore.getState().revision;
    if (hasUnsavedChanges() && revision !== discardedRevision) {
      const result = await call('writeRecoveryJournal', { journalId: journalId(), path: useFileStore.getState().path, workshop: currentWorkshop() });
      journaled = result.ok;
      // Never silent: a journal that cannot be written means no crash protection, and the person must know.
      if (!result.ok && !failing) useUiStore.getState().notify('error', tr('errors.journalOff', { reason: result.reason }));
      else if (result.ok && failing) useUiStore.getState().notify('info', tr('errors.journalBack'));
      failing = !result.ok;
    } else if (journaled) {
      const result = await api().clearRecoveryJournal({ journalId: journalId() });
      journaled = !result.ok;
    }
  });
  return chain;
}

function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(() => void flushJournal(), JOURNAL_DELAY_MS);
}

/** Drops the journal of the current edits (after "Don't save"), so closing or replacing loses them on purpose. */
export function discardJournal(): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  discardedRevision = useWorkshopStore.getState().revision;
  chain = chain.then(async () => {
    await api().clearRecoveryJournal({ journalId: journalId() });
    journaled = false;
  });
  return chain;
}

/** Marks the journal as present (a restored journal, adopted by this session). */
export function adoptJournal(): void {
  journaled = true;
}

/** Journals every change (debounced) and clears the journal once the document is saved. Returns a stop function. */
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
    clearTimeout(timer);
  };
}
