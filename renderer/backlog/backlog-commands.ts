import { deleteActivities } from '../../shared/domain/backlog-activities';
import { shortcutOf } from '../common/action';
import { tr } from '../common/i18n';
import { useUiStore } from '../store/ui-store';
import { currentWorkshop, useWorkshopStore } from '../store/workshop-store';
import { activityName } from './backlog-text';

/** Deletes a card as one undo step and says how to get it back. */
export function deleteActivityWithNotice(activityId: string): void {
  const activity = currentWorkshop().backlog.activities.find((a) => a.id === activityId);
  if (!activity) return;
  let outcomes = 0;
  useWorkshopStore.getState().change(tr('backlog.undo.deleteActivity'), (draft) => {
    outcomes = deleteActivities(draft, [activityId]).outcomes;
  });
  const texts = { name: activityName(activity), shortcut: shortcutOf('edit.undo') };
  useUiStore
    .getState()
    .notify('info', outcomes > 0 ? tr('backlog.card.deletedWithOutcomes', { ...texts, count: outcomes }) : tr('backlog.card.deleted', texts));
}
