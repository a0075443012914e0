import type { Backlog } from '../schema';

export interface CardPlace {
  columnId: string;
  /** Position in the column, from 0. */
  index: number;
}

/** Where an activity sits on the board; null when it is in no column. */
export function placeOf(backlog: Pick<Backlog, 'columns'>, activityId: string): CardPlace | null {
  for (const column of backlog.columns) {
    const index = column.activityIds.indexOf(activityId);
    if (index >= 0) return { columnId: column.id, index };
  }
  return null;
}

/**
 * Moves an activity to `toIndex` of the column `toColumnId` (the index it has once there; clamped to the
 * column). Works within a column (reorder) and between columns. Mutates `backlog` (an immer draft); returns
 * false, changing nothing, when the activity or the column does not exist.
 */
export function moveActivity(backlog: Backlog, activityId: string, toColumnId: string, toIndex: number): boolean {
  const from = placeOf(backlog, activityId);
  const target = backlog.columns.find((c) => c.id === toColumnId);
  if (!from || !target) return false;
  backlog.columns.find((c) => c.id === from.columnId)!.activityIds.splice(from.index, 1);
  const index = Math.max(0, Math.min(Math.trunc(toIndex), target.activityIds.length));
  target.activityIds.splice(index, 0, activityId);
  return true;
}

/**
 * Where to insert a card in a column's full list when it was placed among the *visible* (filtered) cards:
 * right after the visible card before it, else right before the visible card after it, else at the end.
 * `fullIds` is the column's list without the moved card; `visibleOrder` the visible list with it in place.
 */
export function fullIndexFromVisible(fullIds: readonly string[], visibleOrder: readonly string[], activityId: string): number {
  const at = visibleOrder.indexOf(activityId);
  if (at < 0) return fullIds.length;
  const before = visibleOrder[at - 1];
  if (before !== undefined && fullIds.includes(before)) return fullIds.indexOf(before) + 1;
  const after = visibleOrder[at + 1];
  if (after !== undefined && fullIds.includes(after)) return fullIds.indexOf(after);
  return fullIds.length;
}

/**
 * A card dropped among the visible (filtered) cards of a column, `visibleOrder` being that column's visible list
 * with the card in place: it lands where `fullIndexFromVisible` says. Mutates `backlog`.
 */
export function dropActivity(backlog: Backlog, activityId: string, columnId: string, visibleOrder: readonly string[]): boolean {
  const column = backlog.columns.find((c) => c.id === columnId);
  if (!column) return false;
  const others = column.activityIds.filter((other) => other !== activityId);
  return moveActivity(backlog, activityId, columnId, fullIndexFromVisible(others, visibleOrder, activityId));
}

/** Sends a card to the end of another column (the dialog's column field); nothing when it is already there. */
export function sendActivityTo(backlog: Backlog, activityId: string, columnId: string): boolean {
  const target = backlog.columns.find((c) => c.id === columnId);
  if (!target || placeOf(backlog, activityId)?.columnId === columnId) return false;
  return moveActivity(backlog, activityId, columnId, target.activityIds.length);
}
