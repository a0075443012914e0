import { currentStep } from '../../shared/domain/agenda-steps';
import { surfaceOfStep, surfaceOfView, type ProjectorSurface } from '../../shared/domain/projector-surface';
import { currentWorkshop, useWorkshop } from '../store/workshop-store';
import { useUiStore } from '../store/ui-store';
import { useProjectorUiStore } from './projector-ui-store';

type Inputs = {
  step: ReturnType<typeof currentStep>;
  view: ReturnType<typeof useUiStore.getState>['view'];
  canvasMode: ReturnType<typeof useUiStore.getState>['canvasMode'];
  override: ReturnType<typeof useProjectorUiStore.getState>['override'];
};

/**
 * The surface on the projector: the facilitator's choice for this step, else the current step's surface while
 * its view is shown, else the surface of the view the facilitator went to.
 */
export function projectorSurface({ step, view, canvasMode, override }: Inputs): ProjectorSurface {
  if (override && override.stepId === (step?.id ?? null)) return override.surface;
  if (step && step.view === view && (view !== 'canvas' || (step.mode === 'voting') === (canvasMode === 'voting')))
    return surfaceOfStep(step);
  return surfaceOfView(view, canvasMode);
}

export function useProjectorSurface(): ProjectorSurface {
  const step = useWorkshop((w) => currentStep(w.agenda));
  const view = useUiStore((s) => s.view);
  const canvasMode = useUiStore((s) => s.canvasMode);
  const override = useProjectorUiStore((s) => s.override);
  return projectorSurface({ step, view, canvasMode, override });
}

export function currentProjectorSurface(): ProjectorSurface {
  const ui = useUiStore.getState();
  return projectorSurface({
    step: currentStep(currentWorkshop().agenda),
    view: ui.view,
    canvasMode: ui.canvasMode,
    override: useProjectorUiStore.getState().override,
  });
}
