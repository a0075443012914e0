import type { ActivityOutcome, Measurement, Workshop } from '../schema';
import { editOrAdd, newMeasurement, newOutcome, removeById } from './entities';

/** What a person edits on an activity's outcome. */
export type OutcomeFields = Omit<ActivityOutcome, 'id' | 'activityId'>;
/** A measurement as the form records it. */
export type MeasurementFields = Omit<Measurement, 'id'>;

/** Saves the outcome dialog of an activity: edits the outcome `outcomeId` (or records one). Returns its id. */
export function saveOutcome(draft: Workshop, activityId: string, outcomeId: string | null, fields: OutcomeFields): string {
  return editOrAdd(draft.impact.outcomes, outcomeId, fields, (f) => newOutcome({ activityId, ...f })).id;
}

export const deleteOutcome = (draft: Workshop, outcomeId: string): boolean => removeById(draft.impact.outcomes, outcomeId);

/** Records a measurement of an objective (its note trimmed). Returns its id. */
export function recordMeasurement(draft: Workshop, fields: MeasurementFields): string {
  const measurement = newMeasurement({ ...fields, note: fields.note.trim() });
  draft.impact.measurements.push(measurement);
  return measurement.id;
}

export const deleteMeasurement = (draft: Workshop, measurementId: string): boolean => removeById(draft.impact.measurements, measurementId);
