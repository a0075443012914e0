import type { Goal, Objective, Workshop } from '../schema';
import { editOrAdd, newGoal, newObjective } from './entities';

/** What a person edits on a goal in its dialog. */
export type GoalFields = Pick<Goal, 'title' | 'why' | 'themeIds'>;
/** What a person edits on an objective (all but the id). */
export type ObjectiveFields = Omit<Objective, 'id'>;

/** Saves the goal dialog: edits the goal `goalId` (or adds one, with no objectives). Returns the goal's id. */
export function saveGoal(draft: Workshop, goalId: string | null, fields: GoalFields): string {
  return editOrAdd(draft.goals, goalId, fields, newGoal).id;
}

/** Saves the objective dialog in a goal; null when the goal is gone. Returns the objective's id. */
export function saveObjective(draft: Workshop, goalId: string, objectiveId: string | null, fields: ObjectiveFields): string | null {
  const goal = draft.goals.find((g) => g.id === goalId);
  if (!goal) return null;
  return editOrAdd(goal.objectives, objectiveId, fields, newObjective).id;
}
