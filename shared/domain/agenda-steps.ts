import type { Agenda, AgendaStep } from '../schema';
import { newId } from './ids';

/**
 * Operations on the agenda's steps. They mutate the agenda they are given (an immer draft inside
 * `useWorkshopStore.change`) and keep `currentStepId` pointing at an existing step.
 */

export const MIN_STEP_MINUTES = 0.5;
export const MAX_STEP_MINUTES = 600;

export function newStep(fields: Partial<Omit<AgendaStep, 'id'>> = {}): AgendaStep {
  return {
    id: newId(),
    title: 'New step',
    description: '',
    minutes: 5,
    view: null,
    mode: null,
    actualSeconds: null,
    ...fields,
  };
}

/** Adds a step after `afterId` (at the end when absent); the first step of an empty agenda becomes current. */
export function addStep(agenda: Agenda, step: AgendaStep, afterId?: string | null): void {
  const index = afterId ? agenda.steps.findIndex((s) => s.id === afterId) : -1;
  if (index === -1) agenda.steps.push(step);
  else agenda.steps.splice(index + 1, 0, step);
  if (agenda.currentStepId === null) agenda.currentStepId = step.id;
}

/** Moves a step to the position of another (the drop target), like a sortable list. */
export function moveStep(agenda: Agenda, id: string, toIndex: number): void {
  const from = agenda.steps.findIndex((s) => s.id === id);
  if (from === -1) return;
  const to = Math.max(0, Math.min(agenda.steps.length - 1, toIndex));
  if (from === to) return;
  const [step] = agenda.steps.splice(from, 1);
  agenda.steps.splice(to, 0, step!);
}

/** Deletes a step; if it was current, the next one (else the previous one) becomes current. */
export function removeStep(agenda: Agenda, id: string): void {
  const index = agenda.steps.findIndex((s) => s.id === id);
  if (index === -1) return;
  agenda.steps.splice(index, 1);
  if (agenda.currentStepId === id) {
    agenda.currentStepId = (agenda.steps[index] ?? agenda.steps[index - 1])?.id ?? null;
  }
}

/** Keeps a time box within what the schema accepts, on the half minute. */
export function clampMinutes(minutes: number): number {
  if (!Number.isFinite(minutes)) return MIN_STEP_MINUTES;
  const halves = Math.round(minutes * 2) / 2;
  return Math.min(MAX_STEP_MINUTES, Math.max(MIN_STEP_MINUTES, halves));
}

/** The step `offset` places away from the current one (next: +1, previous: −1); null past either end. */
export function stepAt(agenda: Agenda, offset: number): AgendaStep | null {
  const index = agenda.steps.findIndex((s) => s.id === agenda.currentStepId);
  if (index === -1) return agenda.steps[0] ?? null;
  return agenda.steps[index + offset] ?? null;
}

export function currentStep(agenda: Agenda): AgendaStep | null {
  return agenda.steps.find((s) => s.id === agenda.currentStepId) ?? null;
}

/** What the step editor changes, one field at a time. */
export type StepEdit =
  | { field: 'title'; value: string }
  | { field: 'minutes'; value: number }
  | { field: 'description'; value: string }
  | { field: 'view'; value: AgendaStep['view'] }
  | { field: 'mode'; value: AgendaStep['mode'] }
  | { field: 'surface'; value: AgendaStep['surface'] };

/**
 * Edits one field of a step. A step opens the canvas in voting mode only when its view is the canvas; minutes are
 * kept within the time-box limits; no surface means "from the view".
 */
export function editStep(agenda: Agenda, id: string, edit: StepEdit): void {
  const step = agenda.steps.find((s) => s.id === id);
  if (!step) return;
  switch (edit.field) {
    case 'title':
      step.title = edit.value;
      break;
    case 'minutes':
      step.minutes = clampMinutes(edit.value);
      break;
    case 'description':
      step.description = edit.value;
      break;
    case 'view':
      step.view = edit.value;
      if (edit.value !== 'canvas') step.mode = null;
      break;
    case 'mode':
      step.mode = edit.value;
      break;
    case 'surface':
      if (edit.value) step.surface = edit.value;
      else delete step.surface;
      break;
  }
}

/** Records the time actually spent on a step (whole seconds), for the summary. */
export function recordActualSeconds(agenda: Agenda, id: string, seconds: number | null): void {
  const step = agenda.steps.find((s) => s.id === id);
  if (step) step.actualSeconds = seconds === null ? null : Math.max(0, Math.round(seconds));
}

/** Planned and actually spent minutes of the whole agenda, for the summary. */
export function agendaTotals(agenda: Agenda): { plannedSeconds: number; actualSeconds: number; stepsRun: number } {
  let plannedSeconds = 0;
  let actualSeconds = 0;
  let stepsRun = 0;
  for (const step of agenda.steps) {
    plannedSeconds += step.minutes * 60;
    if (step.actualSeconds !== null) {
      actualSeconds += step.actualSeconds;
      stepsRun += 1;
    }
  }
  return { plannedSeconds, actualSeconds, stepsRun };
}
