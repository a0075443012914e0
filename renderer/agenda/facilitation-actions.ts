import { tr } from '../common/i18n';
import { primaryModifier, shortcutLabel, type AppAction } from '../actions/action';
import { adjustTimer, resetTimer, toggleTimer, useFacilitationStore } from './facilitation-store';
import { leaveProjectorMode, toggleProjectorMode } from './projector';
import { goToAdjacentStep } from './step-navigation';

const modShift = (test: (event: KeyboardEvent) => boolean) => (event: KeyboardEvent) =>
  primaryModifier(event) && event.shiftKey && !event.altKey && test(event);

const modOnly = (key: string) => (event: KeyboardEvent) =>
  primaryModifier(event) && !event.shiftKey && !event.altKey && event.key === key;

const noModifier = (event: KeyboardEvent) => !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey;

const isProjecting = () => useFacilitationStore.getState().projecting;

/** A modal dialog on top handles its own Escape. */
const dialogIsOpen = () => document.querySelector('dialog[open]') !== null;

/** Facilitation: projector mode, the step timer, moving through the agenda. */
export const FACILITATION_ACTIONS: ReadonlyArray<AppAction> = [
  {
    id: 'view.projector',
    get label() {
      return tr('agenda.action.projector');
    },
    shortcut: 'F5',
    keyTest: (event) => event.key === 'F5' && noModifier(event),
    allowInTextField: true,
    menuCommand: 'view.projector',
    perform: toggleProjectorMode,
  },
  {
    id: 'view.projector.leave',
    get label() {
      return tr('agenda.action.leaveProjector');
    },
    shortcut: 'Esc',
    keyTest: (event) => event.key === 'Escape' && noModifier(event) && isProjecting() && !dialogIsOpen(),
    menuCommand: 'view.projector.leave',
    perform: leaveProjectorMode,
  },
  {
    id: 'agenda.timer.toggle',
    get label() {
      return tr('agenda.action.toggleTimer');
    },
    shortcut: shortcutLabel('Mod+Shift+T'),
    keyTest: modShift((event) => event.key.toLowerCase() === 't'),
    allowInTextField: true,
    menuCommand: 'agenda.timer.toggle',
    perform: toggleTimer,
  },
  {
    id: 'agenda.timer.reset',
    get label() {
      return tr('agenda.action.resetTimer');
    },
    shortcut: shortcutLabel('Mod+Shift+R'),
    keyTest: modShift((event) => event.key.toLowerCase() === 'r'),
    allowInTextField: true,
    menuCommand: 'agenda.timer.reset',
    perform: resetTimer,
  },
  {
    id: 'agenda.timer.addMinute',
    get label() {
      return tr('agenda.action.addMinute');
    },
    shortcut: shortcutLabel('Mod+Shift+Up'),
    keyTest: modShift((event) => event.key === 'ArrowUp'),
    menuCommand: 'agenda.timer.addMinute',
    perform: () => adjustTimer(1),
  },
  {
    id: 'agenda.timer.removeMinute',
    get label() {
      return tr('agenda.action.removeMinute');
    },
    shortcut: shortcutLabel('Mod+Shift+Down'),
    keyTest: modShift((event) => event.key === 'ArrowDown'),
    menuCommand: 'agenda.timer.removeMinute',
    perform: () => adjustTimer(-1),
  },
  {
    id: 'agenda.step.next',
    get label() {
      return tr('agenda.action.nextStep');
    },
    shortcut: `${shortcutLabel('Mod+PageDown')} or PageDown (projector mode)`,
    keyTest: (event) => modOnly('PageDown')(event) || (event.key === 'PageDown' && noModifier(event) && isProjecting()),
    menuCommand: 'agenda.step.next',
    perform: () => goToAdjacentStep(1),
  },
  {
    id: 'agenda.step.previous',
    get label() {
      return tr('agenda.action.previousStep');
    },
    shortcut: `${shortcutLabel('Mod+PageUp')} or PageUp (projector mode)`,
    keyTest: (event) => modOnly('PageUp')(event) || (event.key === 'PageUp' && noModifier(event) && isProjecting()),
    menuCommand: 'agenda.step.previous',
    perform: () => goToAdjacentStep(-1),
  },
];
