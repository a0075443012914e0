import { z } from 'zod';
import { FiniteNumberSchema, IdSchema, IsoDateSchema, longText, shortText, idList } from './primitives';
import { LIMITS } from './limits';

export const ObjectiveSchema = z.object({
  id: IdSchema,
  indicator: shortText(LIMITS.objective.indicator).min(1, 'an objective needs an indicator'),
  unit: shortText(LIMITS.objective.unit),
  baseline: FiniteNumberSchema,
  target: FiniteNumberSchema,
  dueDate: IsoDateSchema.nullable(),
});
export type Objective = z.infer<typeof ObjectiveSchema>;

export const GoalSchema = z.object({
  id: IdSchema,
  title: shortText(LIMITS.goal.title).min(1, 'a goal needs a title'),
  why: longText(LIMITS.goal.why),
  /** Canvas themes this goal came from or relates to. */
  themeIds: idList(1_000, 'themes'),
  objectives: z.array(ObjectiveSchema).max(100),
  /** Set when the goal was made from a canvas note or theme. */
  source: z.object({ kind: z.enum(['note', 'theme']), id: IdSchema }).nullable(),
});
export type Goal = z.infer<typeof GoalSchema>;
