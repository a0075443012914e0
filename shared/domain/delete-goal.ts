import type { Translate } from '../i18n';
import type { Workshop } from '../schema';

/** What points at a goal: what deleting it would change. */
export interface GoalLinks {
  activities: number;
  sponsorAsks: number;
  /** Measurements of its objectives, deleted with them. */
  measurements: number;
}

export function goalLinks(workshop: Workshop, goalId: string): GoalLinks {
  const objectiveIds = new Set(workshop.goals.find((g) => g.id === goalId)?.objectives.map((o) => o.id) ?? []);
  return {
    activities: workshop.backlog.activities.filter((a) => a.goalIds.includes(goalId)).length,
    sponsorAsks: workshop.sponsorAsks.filter((a) => a.goalIds.includes(goalId)).length,
    measurements: workshop.impact.measurements.filter((m) => objectiveIds.has(m.objectiveId)).length,
  };
}

/** Sentences describing the links (in the language of `t`), for the "are you sure?" question. */
export function describeGoalLinks(links: GoalLinks, t: Translate): string[] {
  const lines: string[] = [];
  if (links.activities) lines.push(t('goals.links.activities', { count: links.activities }));
  if (links.sponsorAsks) lines.push(t('goals.links.sponsorAsks', { count: links.sponsorAsks }));
  if (links.measurements) lines.push(t('goals.links.measurements', { count: links.measurements }));
  return lines;
}

/** Deletes a goal, its objectives and their measurements, and unlinks it from activities and sponsor asks. Mutates `draft`. */
export function deleteGoal(draft: Workshop, goalId: string): void {
  const goal = draft.goals.find((g) => g.id === goalId);
  if (!goal) return;
  const objectiveIds = new Set(goal.objectives.map((o) => o.id));
  draft.goals = draft.goals.filter((g) => g.id !== goalId);
  draft.impact.measurements = draft.impact.measurements.filter((m) => !objectiveIds.has(m.objectiveId));
  for (const activity of draft.backlog.activities) activity.goalIds = activity.goalIds.filter((id) => id !== goalId);
  for (const ask of draft.sponsorAsks) ask.goalIds = ask.goalIds.filter((id) => id !== goalId);
  for (const story of draft.community?.stories ?? []) if (story.goalId === goalId) story.goalId = null;
}

/** How many measurements an objective has (deleted with it). */
export function objectiveMeasurementCount(workshop: Workshop, objectiveId: string): number {
  return workshop.impact.measurements.filter((m) => m.objectiveId === objectiveId).length;
}

/** Deletes one objective of a goal and its measurements. Mutates `draft`. */
export function deleteObjective(draft: Workshop, goalId: string, objectiveId: string): void {
  const goal = draft.goals.find((g) => g.id === goalId);
  if (!goal) return;
  goal.objectives = goal.objectives.filter((o) => o.id !== objectiveId);
  draft.impact.measurements = draft.impact.measurements.filter((m) => m.objectiveId !== objectiveId);
}
