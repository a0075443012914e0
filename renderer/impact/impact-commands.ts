/** Impact records (measurements of objectives, outcomes of activities), each change one undo step. */
import {
  deleteMeasurement,
  deleteOutcome,
  recordMeasurement,
  saveOutcome,
  type MeasurementFields,
  type OutcomeFields,
} from '../../shared/domain/impact-records';
import { tr } from '../common/i18n';
import { changeWorkshop as change } from '../store/workshop-store';

/** Records a measurement of an objective. Returns its id. */
export function recordMeasurementOf(fields: MeasurementFields): string {
  let id = '';
  change(tr('impact.measure.record'), (w) => void (id = recordMeasurement(w, fields)));
  return id;
}

export function removeMeasurement(measurementId: string): void {
  change(tr('impact.objective.undoDelete'), (w) => void deleteMeasurement(w, measurementId));
}

/** Saves the outcome dialog of an activity: edits `outcomeId`, or records one when null. Returns its id. */
export function saveOutcomeDialog(activityId: string, outcomeId: string | null, fields: OutcomeFields): string {
  let id = '';
  change(
    tr(outcomeId ? 'impact.outcomes.undo.edit' : 'impact.outcomes.undo.record'),
    (w) => void (id = saveOutcome(w, activityId, outcomeId, fields)),
  );
  return id;
}

export function removeOutcome(outcomeId: string): void {
  change(tr('impact.outcomes.undo.delete'), (w) => void deleteOutcome(w, outcomeId));
}
