import { defineActions } from '../common/action';
import { adjustTimer, resetTimer, toggleTimer } from './facilitation-store';
import { leaveProjectorMode, toggleProjectorMode } from './projector';
import { goToAdjacentStep } from './step-navigation';

/** A modal dialog on top handles its own Escape. */
const noDialogOpen = () => document.querySelector('dialog[open]') === null;

/** Facilitation: projector mode, the step timer, moving through the agenda. */
export const FACILITATION_ACTIONS = defineActions([
  { id: 'view.projector', label: 'Projector mode (enter or leave)', perform: toggleProjectorMode },
  {
    id: 'view.projector.leave',
    label: 'Leave projector mode',
    enabled: (context) => context.projecting,
    keyGuard: noDialogOpen,
    perform: leaveProjectorMode,
  },
  { id: 'agenda.timer.toggle', label: 'Start or pause the timer', perform: toggleTimer },
  { id: 'agenda.timer.reset', label: 'Reset the timer', perform: resetTimer },
  { id: 'agenda.timer.addMinute', label: 'Add a minute to the timer', perform: () => adjustTimer(1) },
  { id: 'agenda.timer.removeMinute', label: 'Remove a minute from the timer', perform: () => adjustTimer(-1) },
  { id: 'agenda.step.next', label: 'Next agenda step (opens its view)', perform: () => goToAdjacentStep(1) },
  { id: 'agenda.step.previous', label: 'Previous agenda step (opens its view)', perform: () => goToAdjacentStep(-1) },
]);
