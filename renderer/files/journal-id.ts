import { newId } from '../../shared/domain/ids';

/**
 * The id of this session's recovery journal. A restored journal is adopted (its id becomes ours), so the
 * restored edits stay journaled without a gap until they are saved.
 */
let current = newId();

export const journalId = (): string => current;

export function adoptJournalId(id: string): void {
  current = id;
}
