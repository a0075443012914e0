import type { AgendaStep, CanvasTemplate, Workshop } from '../schema';
import { VISION_WORKSHOP_AGENDA } from './agenda-template';
import { createWorkshop } from './new-workshop';
import { newId } from './ids';

export type WorkshopTemplateId = 'vision' | 'wenger' | 'start-stop-continue' | 'blank';

type StepTemplate = Omit<AgendaStep, 'id' | 'actualSeconds'>;

export interface WorkshopTemplate {
  id: WorkshopTemplateId;
  /** The new workshop's title. */
  title: string;
  canvas: CanvasTemplate;
  agenda: ReadonlyArray<StepTemplate>;
}

const step = (title: string, description: string, minutes: number, view: StepTemplate['view'], mode: StepTemplate['mode'] = null): StepTemplate => ({
  title,
  description,
  minutes,
  view,
  mode,
});

/**
 * The workshops a facilitator can start from (the welcome screen). Labels and descriptions live with the
 * welcome screen's text; here only what the document gets.
 */
export const WORKSHOP_TEMPLATES: Readonly<Record<WorkshopTemplateId, WorkshopTemplate>> = {
  vision: { id: 'vision', title: 'Vision workshop', canvas: 'community-of-practice', agenda: VISION_WORKSHOP_AGENDA },
  wenger: {
    id: 'wenger',
    title: 'Domain, community, practice',
    canvas: 'wenger',
    agenda: [
      step('Check-in', 'Who is here: pick from members or add.', 5, 'people'),
      step('Silent brainstorm', 'Notes on our domain, our community and our practice.', 15, 'canvas'),
      step('Cluster', 'Group similar notes into named themes.', 10, 'canvas'),
      step('Dot vote', 'Each participant places their dots.', 5, 'canvas', 'voting'),
      step('Vision statement', "Write the community's vision from the top themes.", 10, 'canvas'),
      step('Backlog of first activities', 'Plan the first activities.', 15, 'backlog'),
      step('Wrap-up & export', 'Check out and export the summary.', 5, 'agenda'),
    ],
  },
  'start-stop-continue': {
    id: 'start-stop-continue',
    title: 'Start, stop, continue',
    canvas: 'start-stop-continue',
    agenda: [
      step('Check-in', 'Who is here: pick from members or add.', 5, 'people'),
      step('Silent brainstorm', 'What should the community start, stop and continue doing?', 10, 'canvas'),
      step('Cluster', 'Group similar notes into named themes.', 10, 'canvas'),
      step('Dot vote', 'Each participant places their dots.', 5, 'canvas', 'voting'),
      step('Backlog of first activities', 'Turn the top themes into activities with owners.', 15, 'backlog'),
      step('Wrap-up & export', 'Check out and export the summary.', 5, 'agenda'),
    ],
  },
  blank: { id: 'blank', title: 'Untitled workshop', canvas: 'blank', agenda: [] },
};

/** A new workshop from a template: its canvas zones and its agenda. */
export function createWorkshopFromTemplate(id: WorkshopTemplateId, now?: Date): Workshop {
  const template = WORKSHOP_TEMPLATES[id];
  const workshop = createWorkshop({ title: template.title, template: template.canvas, now });
  const steps = template.agenda.map((s) => ({ ...s, id: newId(), actualSeconds: null }));
  workshop.agenda = { steps, currentStepId: steps[0]?.id ?? null };
  return workshop;
}
