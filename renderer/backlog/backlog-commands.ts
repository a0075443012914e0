/**
 * Backlog changes, each one undo step named for people. The board, its dialogs and the keyboard come through
 * here; the rules are in `shared/domain`.
 */
import { deleteActivities, saveActivity, type ActivityFields } from '../../shared/domain/backlog-activities';
import { addColumn, deleteColumn, moveColumn, renameColumn, setWipLimit, type CardsDestination } from '../../shared/domain/backlog-columns';
import { dropActivity } from '../../shared/domain/backlog-moves';
import { addActivityFromCanvas, type CanvasSource } from '../../shared/domain/canvas-links';
import { shortcutOf } from '../common/action';
import { tr } from '../common/i18n';
import { useUiStore } from '../store/ui-store';
import { changeWorkshop as change, currentWorkshop } from '../store/workshop-store';
import { activityName } from './backlog-text';

const notify = (text: string) => useUiStore.getState().notify('info', text);

/** Deletes a card as one undo step and says how to get it back. */
export function deleteActivityWithNotice(activityId: string): void {
  const activity = currentWorkshop().backlog.activities.find((a) => a.id === activityId);
  if (!activity) return;
  let outcomes = 0;
  change(tr('backlog.undo.deleteActivity'), (draft) => {
    outcomes = deleteActivities(draft, [activityId]).outcomes;
  });
  const texts = { name: activityName(activity), shortcut: shortcutOf('edit.undo') };
  notify(outcomes > 0 ? tr('backlog.card.deletedWithOutcomes', { ...texts, count: outcomes }) : tr('backlog.card.deleted', texts));
}

/** Saves the activity dialog: a new card at the end of `columnId` (null id), or the edit, moving it there. */
export function saveActivityDialog(activityId: string | null, fields: ActivityFields, columnId: string): string {
  let id = '';
  change(
    tr(activityId ? 'backlog.undo.editActivity' : 'backlog.undo.addActivity'),
    (draft) => void (id = saveActivity(draft, activityId, fields, columnId)),
  );
  return id;
}

/** A card dropped on the board, `visibleOrder` being its column's visible cards with it in place. */
export function dropActivityIn(activityId: string, columnId: string, visibleOrder: readonly string[]): void {
  change(tr('backlog.undo.moveActivity'), (draft) => void dropActivity(draft.backlog, activityId, columnId, visibleOrder));
}

/** "Add from canvas": a new card from a note or theme; null when the source is gone. */
export function activityFromCanvas(source: CanvasSource, columnId: string): string | null {
  let id: string | null = null;
  change(tr('backlog.undo.addFromCanvas'), (draft) => void (id = addActivityFromCanvas(draft, source, columnId)));
  return id;
}

/** A new, empty column at the end (when there is room for one). Returns its id. */
export function addColumnAtEnd(): string | null {
  let columnId: string | null = null;
  change(tr('backlog.undo.addColumn'), (d) => void (columnId = addColumn(d.backlog, tr('backlog.column.newTitle'))));
  return columnId;
}

/** Typing a column's title: a burst is one undo step; an empty title is not applied. */
export function renameColumnTo(columnId: string, title: string): void {
  change(tr('backlog.undo.renameColumn'), (d) => renameColumn(d.backlog, columnId, title), { coalesceKey: `column-title-${columnId}` });
}

export function setColumnWipLimit(columnId: string, limit: number | null): void {
  change(tr('backlog.undo.setWipLimit'), (d) => setWipLimit(d.backlog, columnId, limit), { coalesceKey: `column-wip-${columnId}` });
}

export function moveColumnTo(columnId: string, index: number): void {
  change(tr('backlog.undo.moveColumn'), (d) => moveColumn(d.backlog, columnId, index));
}

/** Deletes a column, its cards going where the person chose, and says how to get it back. */
export function deleteColumnWithNotice(columnId: string, cards: CardsDestination): void {
  const { columns } = currentWorkshop().backlog;
  const column = columns.find((c) => c.id === columnId);
  if (!column) return;
  const cardCount = column.activityIds.length;
  const target = cards.kind === 'column' ? columns.find((c) => c.id === cards.columnId) : undefined;
  change(tr('backlog.undo.deleteColumn'), (draft) => void deleteColumn(draft, columnId, cards));
  const texts = { title: column.title, shortcut: shortcutOf('edit.undo') };
  notify(
    cardCount === 0
      ? tr('backlog.columnSettings.deleted', texts)
      : cards.kind === 'delete'
        ? tr('backlog.columnSettings.deletedWithCards', { ...texts, count: cardCount })
        : tr('backlog.columnSettings.deletedCardsMoved', { ...texts, target: target?.title ?? '' }),
  );
}
