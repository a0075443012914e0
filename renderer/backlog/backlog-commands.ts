import { activityName } from '../../shared/domain/activity-types';
import { deleteActivities } from '../../shared/domain/backlog-activities';
import { shortcutLabel } from '../actions/action';
import { useUiStore } from '../store/ui-store';
import { currentWorkshop, useWorkshopStore } from '../store/workshop-store';

/** Deletes a card as one undo step and says how to get it back. */
export function deleteActivityWithNotice(activityId: string): void {
  const activity = currentWorkshop().backlog.activities.find((a) => a.id === activityId);
  if (!activity) return;
  let outcomes = 0;
  useWorkshopStore.getState().change('Delete activity', (draft) => {
    outcomes = deleteActivities(draft, [activityId]).outcomes;
  });
  const withOutcomes = outcomes > 0 ? ` and its ${outcomes} recorded outcome${outcomes === 1 ? '' : 's'}` : '';
  useUiStore
    .getState()
    .notify('info', `Deleted ${activityName(activity)}${withOutcomes}. Undo with ${shortcutLabel('Mod+Z')}.`);
}
