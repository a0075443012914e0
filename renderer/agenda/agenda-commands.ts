/** Agenda changes, each one undo step named for people; the rules are in `shared/domain/agenda-steps`. */
import { tr } from '../common/i18n';
import { addStep, editStep, moveStep, newStep, recordActualSeconds, removeStep, type StepEdit } from '../../shared/domain/agenda-steps';
import { useUiStore } from '../store/ui-store';
import { changeWorkshop as change, currentWorkshop } from '../store/workshop-store';
import { stepControlId, useAgendaUiStore } from './agenda-ui-store';

const titleOf = (stepId: string) => currentWorkshop().agenda.steps.find((s) => s.id === stepId)?.title;

/** Adds a step at the end and opens it for editing, its title focused. Returns its id. */
export function addStepAtEnd(): string {
  const step = newStep();
  change(tr('agenda.undo.addStep'), (draft) => addStep(draft.agenda, step));
  useAgendaUiStore.getState().setEditing(step.id);
  useAgendaUiStore.getState().focusSoon(stepControlId(step.id, 'title'));
  return step.id;
}

/** Deletes a step, says how to get it back and moves the focus to `nextFocusId`. */
export function deleteStep(stepId: string, nextFocusId: string): void {
  const title = titleOf(stepId);
  if (title === undefined) return;
  change(tr('agenda.undo.deleteStep', { step: title }), (draft) => removeStep(draft.agenda, stepId));
  useUiStore.getState().notify('info', tr('agenda.row.deleted', { step: title }));
  useAgendaUiStore.getState().focusSoon(nextFocusId);
}

/** Moves a step to a position (the drop target's). */
export function moveStepTo(stepId: string, toIndex: number): void {
  const title = titleOf(stepId);
  if (title === undefined) return;
  change(tr('agenda.undo.moveStep', { step: title }), (draft) => moveStep(draft.agenda, stepId, toIndex));
}

/** The undo step's name of a field's edit, in the interface language. */
const editLabel = (field: StepEdit['field']): string => {
  switch (field) {
    case 'title':
      return tr('agenda.undo.renameStep');
    case 'minutes':
      return tr('agenda.undo.timeBox');
    case 'description':
      return tr('agenda.undo.describe');
    case 'view':
      return tr('agenda.undo.view');
    case 'mode':
      return tr('agenda.undo.mode');
    case 'surface':
      return tr('agenda.undo.surface');
  }
};

/** One field of a step, as it is typed: a burst in one field is one undo step. */
export function editStepField(stepId: string, edit: StepEdit): void {
  change(editLabel(edit.field), (draft) => editStep(draft.agenda, stepId, edit), { coalesceKey: `agenda.step.${stepId}.${edit.field}` });
}

/** The time run on a step, for the summary's "actual" time (a burst of timer pauses on one step is one undo step). */
export function recordStepTime(stepId: string, seconds: number): void {
  const title = titleOf(stepId);
  if (title === undefined) return;
  change(tr('agenda.undo.timeSpent', { step: title }), (draft) => recordActualSeconds(draft.agenda, stepId, seconds), {
    coalesceKey: `agenda.actual.${stepId}`,
  });
}

/** Forgets the time run on a step (the timer was reset). */
export function clearStepTime(stepId: string): void {
  const title = titleOf(stepId);
  if (title === undefined) return;
  change(tr('agenda.undo.resetTimer', { step: title }), (draft) => recordActualSeconds(draft.agenda, stepId, null));
}
