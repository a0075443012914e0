import type { Activity, Workshop } from '../schema';
import { sendActivityTo } from './backlog-moves';
import { newActivity } from './entities';
import { LIMITS } from '../schema/limits';

/** What a person edits on an activity. */
export type ActivityFields = Omit<Activity, 'id' | 'source'>;

export const emptyActivityFields = (): ActivityFields => {
  const { id: _id, source: _source, ...fields } = newActivity();
  return fields;
};

/** Keeps only references that exist, so a stale pick can never make the document invalid. */
function cleaned(workshop: Workshop, fields: ActivityFields): ActivityFields {
  const goals = new Set(workshop.goals.map((g) => g.id));
  const ownerExists = fields.ownerId !== null && workshop.members.some((m) => m.id === fields.ownerId);
  return {
    ...fields,
    title: fields.title.trim().slice(0, LIMITS.activity.title) || 'Untitled activity',
    ownerId: ownerExists ? fields.ownerId : null,
    effortHours: fields.effortHours !== null && Number.isFinite(fields.effortHours) && fields.effortHours >= 0 ? fields.effortHours : null,
    goalIds: [...new Set(fields.goalIds)].filter((id) => goals.has(id)),
  };
}

/** Adds an activity at the end of a column (the first when the column does not exist); returns its id. */
export function addActivity(workshop: Workshop, fields: ActivityFields, columnId: string): string {
  const column = workshop.backlog.columns.find((c) => c.id === columnId) ?? workshop.backlog.columns[0]!;
  const activity = newActivity(cleaned(workshop, fields));
  workshop.backlog.activities.push(activity);
  column.activityIds.push(activity.id);
  return activity.id;
}

/** Replaces the editable fields of an activity; its place on the board and its canvas link stay. */
export function updateActivity(workshop: Workshop, activityId: string, fields: ActivityFields): void {
  const activity = workshop.backlog.activities.find((a) => a.id === activityId);
  if (activity) Object.assign(activity, cleaned(workshop, fields));
}

/**
 * Saves the activity dialog: a new activity at the end of `columnId`, or the edit of `activityId`, which moves to
 * the end of `columnId` when that is another column. Returns the activity's id.
 */
export function saveActivity(workshop: Workshop, activityId: string | null, fields: ActivityFields, columnId: string): string {
  if (activityId === null) return addActivity(workshop, fields, columnId);
  updateActivity(workshop, activityId, fields);
  sendActivityTo(workshop.backlog, activityId, columnId);
  return activityId;
}

/**
 * Deletes activities, their places in the columns and their recorded outcomes (which would otherwise point at
 * nothing). Returns how many outcomes went with them.
 */
export function deleteActivities(workshop: Workshop, activityIds: readonly string[]): { outcomes: number } {
  const gone = new Set(activityIds);
  const { backlog, impact } = workshop;
  backlog.activities = backlog.activities.filter((a) => !gone.has(a.id));
  for (const column of backlog.columns) column.activityIds = column.activityIds.filter((id) => !gone.has(id));
  const before = impact.outcomes.length;
  impact.outcomes = impact.outcomes.filter((o) => !gone.has(o.activityId));
  // Value stories keep their text; they just no longer name the activity.
  for (const story of workshop.community?.stories ?? [])
    if (story.activityId !== null && gone.has(story.activityId)) story.activityId = null;
  return { outcomes: before - impact.outcomes.length };
}
