import { z } from 'zod';
import { IdSchema, shortText, longText } from './primitives';

/** The views of the app a step can open. */
export const VIEW_IDS = ['canvas', 'backlog', 'people', 'goals', 'sponsors', 'impact', 'agenda'] as const;
export const ViewIdSchema = z.enum(VIEW_IDS);
export type ViewId = z.infer<typeof ViewIdSchema>;

export const AgendaStepSchema = z.object({
  id: IdSchema,
  title: shortText(200).min(1, 'a step needs a title'),
  description: longText(2_000),
  /** Time box in minutes (up to 10 hours). */
  minutes: z.number().min(0.5).max(600),
  /** The view this step works in, and an optional mode of it (e.g. the canvas in voting mode). */
  view: ViewIdSchema.nullable(),
  mode: z.enum(['voting']).nullable(),
  /** Time actually spent on the step, recorded by the timer; null until the step was run. */
  actualSeconds: z.number().min(0).nullable(),
});
export type AgendaStep = z.infer<typeof AgendaStepSchema>;

export const AgendaSchema = z.object({
  steps: z.array(AgendaStepSchema).max(200),
  currentStepId: IdSchema.nullable(),
});
export type Agenda = z.infer<typeof AgendaSchema>;
