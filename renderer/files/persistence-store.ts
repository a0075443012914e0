import { create } from 'zustand';
import { newId } from '../../shared/domain/ids';

/**
 * The state of writing the workshop away (never shown, never saved): autosave's and the recovery journal's
 * pending timers and their one-at-a-time chains, this session's journal id, and whether the window is closing.
 * The session clears the timers on dispose; `reset()` starts afresh with a new journal id.
 */
interface PersistenceState {
  /** Back to the initial state, with a new journal id (tests, a new session). */
  reset(): void;
  /**
   * The id of this session's recovery journal. A restored journal is adopted (its id becomes ours), so the
   * restored edits stay journaled without a gap until they are saved.
   */
  journalId: string;
  /** The journal holds this session's edits. */
  journaled: boolean;
  /** A revision the person chose to discard: it is not journaled again. */
  discardedRevision: number | null;
  /** The last journal write failed: crash protection is off, and the person was told (once, until a write works again). */
  journalFailing: boolean;
  journalTimer: ReturnType<typeof setTimeout> | undefined;
  journalChain: Promise<void>;
  autosaveTimer: ReturnType<typeof setTimeout> | undefined;
  autosaveChain: Promise<boolean>;
  /** The window is being closed (its question may be on screen): a second request is ignored. */
  closing: boolean;
}

const initial = () => ({
  journalId: newId(),
  journaled: false,
  discardedRevision: null,
  journalFailing: false,
  journalTimer: undefined,
  journalChain: Promise.resolve(),
  autosaveTimer: undefined,
  autosaveChain: Promise.resolve(true),
  closing: false,
});

export const usePersistenceStore = create<PersistenceState>()((set) => ({
  ...initial(),
  reset: () => set(initial()),
}));

/** Stops the pending autosave and journal timers (the session's dispose). */
export function clearPersistenceTimers(): void {
  const { autosaveTimer, journalTimer } = usePersistenceStore.getState();
  clearTimeout(autosaveTimer);
  clearTimeout(journalTimer);
  usePersistenceStore.setState({ autosaveTimer: undefined, journalTimer: undefined });
}
