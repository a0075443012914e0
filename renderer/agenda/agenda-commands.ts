/** Agenda changes, each one undo step named for people; the rules are in `shared/domain/agenda-steps`. */
import { addStep, editStep, moveStep, newStep, recordActualSeconds, removeStep, type StepEdit } from '../../shared/domain/agenda-steps';
import { useUiStore } from '../store/ui-store';
import { changeWorkshop as change, currentWorkshop } from '../store/workshop-store';
import { stepControlId, useAgendaUi } from './agenda-ui-store';

const titleOf = (stepId: string) => currentWorkshop().agenda.steps.find((s) => s.id === stepId)?.title;

/** Adds a step at the end and opens it for editing, its title focused. Returns its id. */
export function addStepAtEnd(): string {
  const step = newStep();
  change('Add step', (draft) => addStep(draft.agenda, step));
  useAgendaUi.getState().setEditing(step.id);
  useAgendaUi.getState().focusSoon(stepControlId(step.id, 'title'));
  return step.id;
}

/** Deletes a step, says how to get it back and moves the focus to `nextFocusId`. */
export function deleteStep(stepId: string, nextFocusId: string): void {
  const title = titleOf(stepId);
  if (title === undefined) return;
  change(`Delete step ${title}`, (draft) => removeStep(draft.agenda, stepId));
  useUiStore.getState().notify('info', `Deleted the step “${title}”. Undo brings it back.`);
  useAgendaUi.getState().focusSoon(nextFocusId);
}

/** Moves a step to a position (the drop target's). */
export function moveStepTo(stepId: string, toIndex: number): void {
  const title = titleOf(stepId);
  if (title === undefined) return;
  change(`Move step ${title}`, (draft) => moveStep(draft.agenda, stepId, toIndex));
}

const EDIT_LABELS: Record<StepEdit['field'], string> = {
  title: 'Rename step',
  minutes: 'Change time box',
  description: 'Describe step',
  view: 'Change the view of a step',
  mode: 'Change the mode of a step',
  surface: 'Change what the projector shows',
};

/** One field of a step, as it is typed: a burst in one field is one undo step. */
export function editStepField(stepId: string, edit: StepEdit): void {
  change(EDIT_LABELS[edit.field], (draft) => editStep(draft.agenda, stepId, edit), { coalesceKey: `agenda.step.${stepId}.${edit.field}` });
}

/** The time run on a step, for the summary's "actual" time (a burst of timer pauses on one step is one undo step). */
export function recordStepTime(stepId: string, seconds: number): void {
  const title = titleOf(stepId);
  if (title === undefined) return;
  change(`Time spent on ${title}`, (draft) => recordActualSeconds(draft.agenda, stepId, seconds), { coalesceKey: `agenda.actual.${stepId}` });
}

/** Forgets the time run on a step (the timer was reset). */
export function clearStepTime(stepId: string): void {
  const title = titleOf(stepId);
  if (title === undefined) return;
  change(`Reset the timer of ${title}`, (draft) => recordActualSeconds(draft.agenda, stepId, null));
}
