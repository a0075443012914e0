import type { Activity, BacklogColumn, Workshop } from '../schema';

/**
 * The column of finished work: the backlog's last column ("Done" by default). Columns can be renamed and
 * added, but the board flows left to right, so the last one is where finished activities end up.
 */
export function doneColumn(workshop: Pick<Workshop, 'backlog'>): BacklogColumn | null {
  return workshop.backlog.columns[workshop.backlog.columns.length - 1] ?? null;
}

/** The activities of the done column, in the column's order. */
export function doneActivities(workshop: Pick<Workshop, 'backlog'>): Activity[] {
  const column = doneColumn(workshop);
  if (!column) return [];
  const byId = new Map(workshop.backlog.activities.map((a) => [a.id, a]));
  return column.activityIds.map((id) => byId.get(id)).filter((a): a is Activity => a !== undefined);
}

/** The activities linked to a goal, each with the title of the column it is in. */
export function activitiesOfGoal(workshop: Pick<Workshop, 'backlog'>, goalId: string): { activity: Activity; columnTitle: string }[] {
  const columnOf = new Map<string, string>();
  for (const column of workshop.backlog.columns) for (const id of column.activityIds) columnOf.set(id, column.title);
  return workshop.backlog.activities
    .filter((a) => a.goalIds.includes(goalId))
    .map((activity) => ({ activity, columnTitle: columnOf.get(activity.id) ?? '' }));
}
