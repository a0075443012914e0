import type { ComponentType } from 'react';
import type { ViewId } from '../../shared/schema';
import { AgendaView } from '../agenda/AgendaView';
import { BacklogView } from '../backlog/BacklogView';
import { CanvasView } from '../canvas/CanvasView';
import { GoalsView } from '../goals/GoalsView';
import { ImpactView } from '../impact/ImpactView';
import { PeopleView } from '../people/PeopleView';
import { SponsorsView } from '../sponsors/SponsorsView';

/** Each view's component; the order, names and keys come from the one list of views (`renderer/common/views.ts`). */
export const VIEW_COMPONENTS: Record<ViewId, ComponentType> = {
  canvas: CanvasView,
  backlog: BacklogView,
  people: PeopleView,
  goals: GoalsView,
  sponsors: SponsorsView,
  impact: ImpactView,
  agenda: AgendaView,
};
