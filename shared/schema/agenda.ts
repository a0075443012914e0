import { z } from 'zod';
import { IdSchema, shortText, longText } from './primitives';
import { LIMITS } from './limits';

/** The views of the app a step can open. */
export const VIEW_IDS = ['canvas', 'backlog', 'people', 'goals', 'sponsors', 'impact', 'agenda'] as const;
export const ViewIdSchema = z.enum(VIEW_IDS);
export type ViewId = z.infer<typeof ViewIdSchema>;

/** What the projector can show for a step: one presentation surface per kind of step. */
export const PROJECTOR_SURFACES = [
  'check-in',
  'brainstorm',
  'cluster',
  'vote',
  'vision',
  'goals',
  'backlog',
  'sponsor',
  'impact',
  'agenda',
  'health-check',
] as const;
export type ProjectorSurface = (typeof PROJECTOR_SURFACES)[number];

export const AgendaStepSchema = z.object({
  id: IdSchema,
  title: shortText(LIMITS.agendaStep.title).min(1, 'a step needs a title'),
  description: longText(LIMITS.agendaStep.description),
  /** Time box in minutes (up to 10 hours). */
  minutes: z.number().min(0.5).max(600),
  /** The view this step works in, and an optional mode of it (e.g. the canvas in voting mode). */
  view: ViewIdSchema.nullable(),
  mode: z.enum(['voting']).nullable(),
  /** What the projector shows for this step (see shared/domain/projector-surface.ts); absent: derived from the view. */
  surface: z.enum(PROJECTOR_SURFACES).optional(),
  /** Time actually spent on the step, recorded by the timer; null until the step was run. */
  actualSeconds: z.number().min(0).nullable(),
});
export type AgendaStep = z.infer<typeof AgendaStepSchema>;

export const AgendaSchema = z.object({
  steps: z.array(AgendaStepSchema).max(200),
  currentStepId: IdSchema.nullable(),
});
export type Agenda = z.infer<typeof AgendaSchema>;
