import { tr } from '../common/i18n';
import { recordActualSeconds, stepAt } from '../../shared/domain/agenda-steps';
import { elapsedMs } from '../../shared/domain/timer';
import type { AgendaStep } from '../../shared/schema';
import { useUiStore } from '../store/ui-store';
import { currentWorkshop, useWorkshopStore } from '../store/workshop-store';
import { markStepStarted, useFacilitationStore } from './facilitation-store';

/** Shows the view a step works in, in its mode (the dot vote opens the canvas in voting mode). */
export function openStepView(step: AgendaStep): void {
  if (!step.view) return;
  const ui = useUiStore.getState();
  if (step.view === 'canvas') ui.setCanvasMode(step.mode === 'voting' ? 'voting' : 'edit');
  ui.setView(step.view);
}

/**
 * Makes a step the current one: the time run on the step being left is recorded in the same undo step,
 * and the timer moves to the new step. With `open`, its view is shown too.
 */
export function goToStep(id: string, options: { open: boolean }): void {
  const agenda = currentWorkshop().agenda;
  const target = agenda.steps.find((s) => s.id === id);
  if (!target) return;
  if (agenda.currentStepId !== id) {
    const { stepId, timer } = useFacilitationStore.getState();
    const spent = Math.round(elapsedMs(timer, Date.now()) / 1000);
    useWorkshopStore.getState().change(tr('agenda.undo.goTo', { step: target.title }), (draft) => {
      if (stepId && spent > 0) recordActualSeconds(draft.agenda, stepId, spent);
      draft.agenda.currentStepId = id;
    });
  }
  markStepStarted(id);
  if (options.open) openStepView(target);
}

/** Next (+1) or previous (−1) step, opening its view; says so when there is none. */
export function goToAdjacentStep(offset: 1 | -1): void {
  const step = stepAt(currentWorkshop().agenda, offset);
  if (!step) {
    useUiStore.getState().notify('info', offset > 0 ? tr('agenda.lastStep') : tr('agenda.firstStep'));
    return;
  }
  goToStep(step.id, { open: true });
}
