import type { Backlog, Workshop } from '../schema';
import { deleteActivities } from './backlog-activities';
import { newId } from './ids';
import { LIMITS } from '../schema/limits';

export const MAX_COLUMNS = 30;

/** Adds a column at the end; returns its id, or null when the board already has the most columns allowed. */
export function addColumn(backlog: Backlog, title: string): string | null {
  if (backlog.columns.length >= MAX_COLUMNS) return null;
  const id = newId();
  backlog.columns.push({ id, title: title.trim() || 'New column', wipLimit: null, activityIds: [] });
  return id;
}

export function renameColumn(backlog: Backlog, columnId: string, title: string): void {
  const column = backlog.columns.find((c) => c.id === columnId);
  if (column && title.trim()) column.title = title.trim().slice(0, LIMITS.column.title);
}

/** A whole number ≥ 1, or null for "no limit". */
export function setWipLimit(backlog: Backlog, columnId: string, limit: number | null): void {
  const column = backlog.columns.find((c) => c.id === columnId);
  if (!column) return;
  column.wipLimit = limit === null || !Number.isFinite(limit) || limit < 1 ? null : Math.min(1_000, Math.trunc(limit));
}

/** Moves a column to `toIndex` (clamped). */
export function moveColumn(backlog: Backlog, columnId: string, toIndex: number): void {
  const from = backlog.columns.findIndex((c) => c.id === columnId);
  if (from < 0) return;
  const [column] = backlog.columns.splice(from, 1);
  const index = Math.max(0, Math.min(Math.trunc(toIndex), backlog.columns.length));
  backlog.columns.splice(index, 0, column!);
}

/** What happens to the cards of a column being deleted. */
export type CardsDestination = { kind: 'column'; columnId: string } | { kind: 'delete' };

/**
 * Deletes a column. Its cards go to the end of another column, or are deleted with it (with their recorded
 * outcomes). The last column cannot be deleted. Mutates `workshop`; returns false when nothing was deleted.
 */
export function deleteColumn(workshop: Workshop, columnId: string, cards: CardsDestination): boolean {
  const { backlog } = workshop;
  const index = backlog.columns.findIndex((c) => c.id === columnId);
  if (index < 0 || backlog.columns.length <= 1) return false;
  const column = backlog.columns[index]!;
  if (cards.kind === 'column') {
    const target = backlog.columns.find((c) => c.id === cards.columnId);
    if (!target || target === column) return false;
    target.activityIds.push(...column.activityIds);
  } else {
    deleteActivities(workshop, [...column.activityIds]);
  }
  backlog.columns.splice(backlog.columns.indexOf(column), 1);
  return true;
}

/** A column holds more cards than its WIP limit allows. */
export const isOverWipLimit = (column: Pick<Backlog['columns'][number], 'wipLimit' | 'activityIds'>) =>
  column.wipLimit !== null && column.activityIds.length > column.wipLimit;
