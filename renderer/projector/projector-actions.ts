import { tr } from '../common/i18n';
import { currentStep } from '../../shared/domain/agenda-steps';
import { adjacentSurface } from '../../shared/domain/projector-surface';
import { currentHealthCheck } from '../../shared/domain/health-check';
import { defineActions } from '../common/action';
import { revealHealthCheck } from '../community/public';
import { toggleVotesRevealed } from '../canvas/public';
import { currentWorkshop } from '../store/workshop-store';
import { useProjectorUiStore } from './projector-ui-store';
import { currentProjectorSurface } from './use-projector-surface';

function switchSurface(offset: 1 | -1): void {
  const step = currentStep(currentWorkshop().agenda);
  useProjectorUiStore.getState().setOverride(step?.id ?? null, adjacentSurface(currentProjectorSurface(), offset));
}

function moveZone(offset: 1 | -1): void {
  const { zoneIndex, setZoneIndex } = useProjectorUiStore.getState();
  const canvas = currentWorkshop().canvas;
  const count = canvas.zones.length + (canvas.notes.some((n) => n.zoneId === null) || canvas.zones.length === 0 ? 1 : 0);
  setZoneIndex((Math.min(zoneIndex, count - 1) + offset + count) % count);
}

/** R on the projector: on the health-check surface, the health check's results; elsewhere the dot vote's. */
function toggleProjectorReveal(): void {
  const check = currentProjectorSurface() === 'health-check' ? currentHealthCheck(currentWorkshop()) : null;
  if (check) revealHealthCheck(check.id, !check.revealed);
  else toggleVotesRevealed();
}

/** Projector mode's actions (scope `projector`): the facilitator drives the surfaces without any control on screen. */
export const PROJECTOR_ACTIONS = defineActions([
  {
    id: 'projector.surface.next',
    get label() {
      return tr('projector.action.nextSurface');
    },
    enabled: (context) => context.projecting,
    perform: () => switchSurface(1),
  },
  {
    id: 'projector.surface.previous',
    get label() {
      return tr('projector.action.previousSurface');
    },
    enabled: (context) => context.projecting,
    perform: () => switchSurface(-1),
  },
  {
    id: 'projector.page.next',
    get label() {
      return tr('projector.action.nextPage');
    },
    enabled: (context) => context.projecting,
    perform: () => useProjectorUiStore.getState().turnPage(1),
  },
  {
    id: 'projector.page.previous',
    get label() {
      return tr('projector.action.previousPage');
    },
    enabled: (context) => context.projecting,
    perform: () => useProjectorUiStore.getState().turnPage(-1),
  },
  {
    id: 'projector.zone.next',
    get label() {
      return tr('projector.action.nextZone');
    },
    enabled: (context) => context.projecting,
    perform: () => moveZone(1),
  },
  {
    id: 'projector.zone.previous',
    get label() {
      return tr('projector.action.previousZone');
    },
    enabled: (context) => context.projecting,
    perform: () => moveZone(-1),
  },
  {
    id: 'projector.reveal',
    get label() {
      return tr('projector.action.reveal');
    },
    enabled: (context) => context.projecting,
    perform: toggleProjectorReveal,
  },
]);
