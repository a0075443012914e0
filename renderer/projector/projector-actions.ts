import { tr } from '../common/i18n';
import { currentStep } from '../../shared/domain/agenda-steps';
import { adjacentSurface } from '../../shared/domain/projector-surface';
import type { AppAction } from '../actions/action';
import { useFacilitationStore } from '../agenda/facilitation-store';
import { toggleVotesRevealed } from '../canvas/voting-commands';
import { currentWorkshop } from '../store/workshop-store';
import { useProjectorUi } from './projector-ui-store';
import { currentProjectorSurface } from './use-projector-surface';

const isProjecting = () => useFacilitationStore.getState().projecting;
const plain = (event: KeyboardEvent) => !event.ctrlKey && !event.metaKey && !event.altKey;
const onProjector = (test: (event: KeyboardEvent) => boolean) => (event: KeyboardEvent) => isProjecting() && plain(event) && test(event);

function switchSurface(offset: 1 | -1): void {
  const step = currentStep(currentWorkshop().agenda);
  useProjectorUi.getState().setOverride(step?.id ?? null, adjacentSurface(currentProjectorSurface(), offset));
}

function moveZone(offset: 1 | -1): void {
  const { zoneIndex, setZoneIndex } = useProjectorUi.getState();
  const canvas = currentWorkshop().canvas;
  const count = canvas.zones.length + (canvas.notes.some((n) => n.zoneId === null) || canvas.zones.length === 0 ? 1 : 0);
  setZoneIndex((Math.min(zoneIndex, count - 1) + offset + count) % count);
}


/** Projector mode's keys: the facilitator drives the surfaces without any control on screen. */
export const PROJECTOR_ACTIONS: ReadonlyArray<AppAction> = [
  {
    id: 'projector.surface.next',
    get label() {
      return tr('projector.action.nextSurface');
    },
    shortcut: 'S',
    menuCommand: 'projector.surface.next',
    keyTest: onProjector((e) => !e.shiftKey && e.key.toLowerCase() === 's'),
    perform: () => switchSurface(1),
  },
  {
    id: 'projector.surface.previous',
    get label() {
      return tr('projector.action.previousSurface');
    },
    shortcut: 'Shift+S',
    menuCommand: 'projector.surface.previous',
    keyTest: onProjector((e) => e.shiftKey && e.key.toLowerCase() === 's'),
    perform: () => switchSurface(-1),
  },
  {
    id: 'projector.page.next',
    get label() {
      return tr('projector.action.nextPage');
    },
    shortcut: 'Down',
    menuCommand: 'projector.page.next',
    keyTest: onProjector((e) => !e.shiftKey && e.key === 'ArrowDown'),
    perform: () => useProjectorUi.getState().turnPage(1),
  },
  {
    id: 'projector.page.previous',
    get label() {
      return tr('projector.action.previousPage');
    },
    shortcut: 'Up',
    menuCommand: 'projector.page.previous',
    keyTest: onProjector((e) => !e.shiftKey && e.key === 'ArrowUp'),
    perform: () => useProjectorUi.getState().turnPage(-1),
  },
  {
    id: 'projector.zone.next',
    get label() {
      return tr('projector.action.nextZone');
    },
    shortcut: 'Right',
    menuCommand: 'projector.zone.next',
    keyTest: onProjector((e) => !e.shiftKey && e.key === 'ArrowRight'),
    perform: () => moveZone(1),
  },
  {
    id: 'projector.zone.previous',
    get label() {
      return tr('projector.action.previousZone');
    },
    shortcut: 'Left',
    menuCommand: 'projector.zone.previous',
    keyTest: onProjector((e) => !e.shiftKey && e.key === 'ArrowLeft'),
    perform: () => moveZone(-1),
  },
  {
    id: 'projector.reveal',
    get label() {
      return tr('projector.action.reveal');
    },
    shortcut: 'R',
    menuCommand: 'projector.reveal',
    keyTest: onProjector((e) => !e.shiftKey && e.key.toLowerCase() === 'r'),
    perform: toggleVotesRevealed,
  },
];
