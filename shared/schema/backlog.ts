import { z } from 'zod';
import { FiniteNumberSchema, IdSchema, IsoDateSchema, longText, shortText, idList } from './primitives';
import { LIMITS } from './limits';

export const ACTIVITY_TYPES = [
  'brown-bag-lunch',
  'code-kata',
  'help-another-team',
  'training',
  'internal-open-source',
  'meetup',
  'other',
] as const;
export const ActivityTypeSchema = z.enum(ACTIVITY_TYPES);
export type ActivityType = z.infer<typeof ActivityTypeSchema>;

export const ActivitySchema = z.object({
  id: IdSchema,
  type: ActivityTypeSchema,
  title: shortText(LIMITS.activity.title).min(1, 'an activity needs a title'),
  description: longText(LIMITS.activity.description),
  ownerId: IdSchema.nullable(),
  date: IsoDateSchema.nullable(),
  /** Effort in hours; null when unknown. */
  effortHours: FiniteNumberSchema.refine((v) => v >= 0, 'effort cannot be negative').nullable(),
  goalIds: idList(1_000, 'goals'),
  /** Set when the activity was made from a canvas note or theme ("Add to backlog"). */
  source: z.object({ kind: z.enum(['note', 'theme']), id: IdSchema }).nullable(),
  /** A recurring activity happens again every week or month from its date (absent or null: once). */
  recurrence: z
    .object({ every: z.enum(['week', 'month']) })
    .nullable()
    .optional(),
});
export type Activity = z.infer<typeof ActivitySchema>;

export const BacklogColumnSchema = z.object({
  id: IdSchema,
  title: shortText(LIMITS.column.title).min(1, 'a column needs a title'),
  /** Work-in-progress limit; null = none. */
  wipLimit: z.number().int().min(1).max(LIMITS.column.wipLimit).nullable(),
  /** The column's cards, in order. */
  activityIds: idList(10_000, 'activities'),
});
export type BacklogColumn = z.infer<typeof BacklogColumnSchema>;

export const BacklogSchema = z.object({
  columns: z.array(BacklogColumnSchema).min(1, 'the backlog needs at least one column').max(30),
  activities: z.array(ActivitySchema).max(10_000),
});
export type Backlog = z.infer<typeof BacklogSchema>;
