import { z } from 'zod';
import { FiniteNumberSchema, IdSchema, IsoDateSchema, longText } from './primitives';
import { LIMITS } from './limits';

export const MeasurementSchema = z.object({
  id: IdSchema,
  objectiveId: IdSchema,
  date: IsoDateSchema,
  value: FiniteNumberSchema,
  note: longText(LIMITS.measurement.note),
});
export type Measurement = z.infer<typeof MeasurementSchema>;

export const ActivityOutcomeSchema = z.object({
  id: IdSchema,
  activityId: IdSchema,
  date: IsoDateSchema.nullable(),
  attendance: z.number().int().min(0).max(100_000).nullable(),
  satisfaction: z.number().int().min(1).max(5).nullable(),
  notes: longText(LIMITS.outcome.notes),
});
export type ActivityOutcome = z.infer<typeof ActivityOutcomeSchema>;

export const ImpactSchema = z.object({
  measurements: z.array(MeasurementSchema).max(100_000),
  outcomes: z.array(ActivityOutcomeSchema).max(10_000),
});
export type Impact = z.infer<typeof ImpactSchema>;
