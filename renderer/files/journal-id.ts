import { usePersistenceStore } from './persistence-store';

/**
 * The id of this session's recovery journal. A restored journal is adopted (its id becomes ours), so the
 * restored edits stay journaled without a gap until they are saved.
 */
export const journalId = (): string => usePersistenceStore.getState().journalId;

export function adoptJournalId(id: string): void {
  usePersistenceStore.setState({ journalId: id });
}
