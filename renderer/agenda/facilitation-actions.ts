import { tr } from '../common/i18n';
import { defineActions } from '../common/action';
import { adjustTimer, resetTimer, toggleTimer } from './facilitation-store';
import { leaveProjectorMode, toggleProjectorMode } from './projector';
import { goToAdjacentStep } from './step-navigation';

/** A modal dialog on top handles its own Escape. */
const noDialogOpen = () => document.querySelector('dialog[open]') === null;

/** Facilitation: projector mode, the step timer, moving through the agenda. */
export const FACILITATION_ACTIONS = defineActions([
  {
    id: 'view.projector',
    get label() {
      return tr('agenda.action.projector');
    },
    perform: toggleProjectorMode,
  },
  {
    id: 'view.projector.leave',
    get label() {
      return tr('agenda.action.leaveProjector');
    },
    enabled: (context) => context.projecting,
    keyGuard: noDialogOpen,
    perform: leaveProjectorMode,
  },
  {
    id: 'agenda.timer.toggle',
    get label() {
      return tr('agenda.action.toggleTimer');
    },
    perform: toggleTimer,
  },
  {
    id: 'agenda.timer.reset',
    get label() {
      return tr('agenda.action.resetTimer');
    },
    perform: resetTimer,
  },
  {
    id: 'agenda.timer.addMinute',
    get label() {
      return tr('agenda.action.addMinute');
    },
    perform: () => adjustTimer(1),
  },
  {
    id: 'agenda.timer.removeMinute',
    get label() {
      return tr('agenda.action.removeMinute');
    },
    perform: () => adjustTimer(-1),
  },
  {
    id: 'agenda.step.next',
    get label() {
      return tr('agenda.action.nextStep');
    },
    perform: () => goToAdjacentStep(1),
  },
  {
    id: 'agenda.step.previous',
    get label() {
      return tr('agenda.action.previousStep');
    },
    perform: () => goToAdjacentStep(-1),
  },
]);
