import { useEffect, type ComponentType } from 'react';
import type { ProjectorSurface } from '../../shared/domain/projector-surface';
import '../canvas/public';
import { useUiStore } from '../store/ui-store';
import { BrainstormSurface } from './BrainstormSurface';
import { ClusterSurface } from './ClusterSurface';
import { HealthCheckSurface } from './HealthCheckSurface';
import {
  AgendaSurface,
  BacklogSurface,
  CheckInSurface,
  GoalsSurface,
  ImpactSurface,
  SponsorSurface,
  VisionSurface,
} from './ContentSurfaces';
import './projector.css';
import { useProjectorUiStore } from './projector-ui-store';
import { VoteSurface } from './VoteSurface';

const SURFACES: Record<ProjectorSurface, ComponentType> = {
  'check-in': CheckInSurface,
  brainstorm: BrainstormSurface,
  cluster: ClusterSurface,
  vote: VoteSurface,
  vision: VisionSurface,
  goals: GoalsSurface,
  backlog: BacklogSurface,
  sponsor: SponsorSurface,
  impact: ImpactSurface,
  agenda: AgendaSurface,
  'health-check': HealthCheckSurface,
};

/** Projector mode's content: the presentation surface of the current step, read-only, made for the room. */
export function ProjectorStage(props: { surface: ProjectorSurface }) {
  // Going to a view (Alt+1…7) drops a surface chosen by hand.
  useEffect(
    () =>
      useUiStore.subscribe((state, previous) => {
        if (state.view !== previous.view || state.canvasMode !== previous.canvasMode)
          useProjectorUiStore.getState().setOverride(null, null);
      }),
    [],
  );
  const Surface = SURFACES[props.surface];
  return (
    <div className="projector-stage" data-surface={props.surface}>
      <Surface key={props.surface} />
    </div>
  );
}
