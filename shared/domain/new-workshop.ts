import { CURRENT_SCHEMA_VERSION, type CanvasTemplate, type Workshop, type Zone } from '../schema';
import { DEFAULT_BACKLOG_COLUMNS, VISION_WORKSHOP_AGENDA } from './agenda-template';
import { CANVAS_TEMPLATE_DEFINITIONS } from './canvas-templates';
import { newId } from './ids';
import { today } from './iso-date';

export interface NewWorkshopOptions {
  title?: string;
  community?: string;
  facilitator?: string;
  template?: CanvasTemplate;
  /** Injected for tests; defaults to now. */
  now?: Date;
}

/** Zones of a canvas template, with fresh ids. */
export function zonesFromTemplate(template: CanvasTemplate): Zone[] {
  return CANVAS_TEMPLATE_DEFINITIONS[template].zones.map((zone) => ({ ...zone, id: newId() }));
}

/** A new workshop from the default "vision workshop" template: the canvas zones and the 9 agenda steps. */
export function createWorkshop(options: NewWorkshopOptions = {}): Workshop {
  const now = options.now ?? new Date();
  const steps = VISION_WORKSHOP_AGENDA.map((step) => ({ ...step, id: newId(), actualSeconds: null }));
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: newId(),
    meta: {
      title: options.title ?? 'Vision workshop',
      community: options.community ?? '',
      date: today(now),
      facilitator: options.facilitator ?? '',
      participantIds: [],
      hideAuthors: false,
      createdAt: now.toISOString(),
    },
    members: [],
    canvas: {
      template: options.template ?? 'community-of-practice',
      zones: zonesFromTemplate(options.template ?? 'community-of-practice'),
      notes: [],
      themes: [],
      votes: [],
      voting: { dotsPerParticipant: 3, maxDotsPerTarget: null, participantIds: [], revealed: false },
      visionStatement: '',
    },
    goals: [],
    sponsorAsks: [],
    backlog: {
      columns: DEFAULT_BACKLOG_COLUMNS.map((title) => ({ id: newId(), title, wipLimit: null, activityIds: [] })),
      activities: [],
    },
    impact: { measurements: [], outcomes: [] },
    agenda: { steps, currentStepId: steps[0]?.id ?? null },
  };
}
