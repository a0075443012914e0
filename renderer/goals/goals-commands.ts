/** Goal and objective changes, each one undo step named for people; the rules are in `shared/domain`. */
import { addGoalFromCanvas, type CanvasSource } from '../../shared/domain/canvas-links';
import { deleteGoal, deleteObjective } from '../../shared/domain/delete-goal';
import { saveGoal, saveObjective, type GoalFields, type ObjectiveFields } from '../../shared/domain/goals';
import { tr } from '../common/i18n';
import { changeWorkshop as change } from '../store/workshop-store';

/** Saves the goal dialog: edits `goalId`, or adds a goal when null. Returns the goal's id. */
export function saveGoalDialog(goalId: string | null, fields: GoalFields): string {
  let id = '';
  change(tr(goalId ? 'goals.undo.editGoal' : 'goals.undo.addGoal'), (w) => void (id = saveGoal(w, goalId, fields)));
  return id;
}

/** A new goal from a canvas note or theme; null when the source is gone. */
export function goalFromCanvas(source: CanvasSource): string | null {
  let id: string | null = null;
  change(tr('goals.undo.fromCanvas'), (w) => void (id = addGoalFromCanvas(w, source)));
  return id;
}

/** Saves the objective dialog of a goal: edits `objectiveId`, or adds one when null. */
export function saveObjectiveDialog(goalId: string, objectiveId: string | null, fields: ObjectiveFields): string | null {
  let id: string | null = null;
  change(
    tr(objectiveId ? 'goals.undo.editObjective' : 'goals.undo.addObjective'),
    (w) => void (id = saveObjective(w, goalId, objectiveId, fields)),
  );
  return id;
}

export function removeGoal(goalId: string): void {
  change(tr('goals.undo.deleteGoal'), (w) => deleteGoal(w, goalId));
}

export function removeObjective(goalId: string, objectiveId: string): void {
  change(tr('goals.undo.deleteObjective'), (w) => deleteObjective(w, goalId, objectiveId));
}
