import type { AgendaStep, CanvasTemplate } from '../../shared/schema';
import { WORKSHOP_TEMPLATES, type WorkshopTemplateId } from '../../shared/domain/workshop-templates';
import { tr } from '../common/i18n';

type StepTemplate = Omit<AgendaStep, 'id' | 'actualSeconds'>;

export type CommunityTemplateId = WorkshopTemplateId | 'check-in';

/** The quarterly check-in: review of open actions, a health check, value stories, the next activities. */
function checkInSteps(): StepTemplate[] {
  const step = (key: string, minutes: number, view: StepTemplate['view'], surface: StepTemplate['surface']): StepTemplate => ({
    title: tr(`community.checkInAgenda.${key}` as 'community.checkInAgenda.checkIn'),
    description: tr(`community.checkInAgenda.${key}Hint` as 'community.checkInAgenda.checkInHint'),
    minutes,
    view,
    mode: null,
    surface,
  });
  return [
    step('checkIn', 5, 'people', 'check-in'),
    step('review', 15, 'backlog', 'backlog'),
    step('health', 15, 'impact', 'health-check'),
    step('stories', 15, 'impact', 'impact'),
    step('backlog', 20, 'backlog', 'backlog'),
    step('wrapUp', 5, 'agenda', 'agenda'),
  ];
}

export const COMMUNITY_TEMPLATE_IDS: readonly CommunityTemplateId[] = ['check-in', 'vision', 'wenger', 'start-stop-continue', 'blank'];

export function communityTemplate(id: CommunityTemplateId): { canvas: CanvasTemplate; steps: StepTemplate[] } {
  if (id === 'check-in') return { canvas: 'start-stop-continue', steps: checkInSteps() };
  const template = WORKSHOP_TEMPLATES[id];
  return { canvas: template.canvas, steps: [...template.agenda] };
}
