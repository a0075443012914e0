import type { ComponentType } from 'react';
import type { ViewId } from '../../shared/schema';
import { AgendaView } from '../agenda/AgendaView';
import { BacklogView } from '../backlog/BacklogView';
import { CanvasView } from '../canvas/CanvasView';
import { GoalsView } from '../goals/GoalsView';
import { ImpactView } from '../impact/ImpactView';
import { PeopleView } from '../people/PeopleView';
import { SponsorsView } from '../sponsors/SponsorsView';
import { VIEW_LIST } from './view-list';

const COMPONENTS: Record<ViewId, ComponentType> = {
  canvas: CanvasView,
  backlog: BacklogView,
  people: PeopleView,
  goals: GoalsView,
  sponsors: SponsorsView,
  impact: ImpactView,
  agenda: AgendaView,
};

export const VIEWS = VIEW_LIST.map((view) => ({
  id: view.id,
  // Read in the language shown (a spread would keep the label of the language at start-up).
  get label() {
    return view.label;
  },
  component: COMPONENTS[view.id],
}));
