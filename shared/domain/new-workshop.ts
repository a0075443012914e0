import { fixedTranslator, type Language } from '../i18n';
import { CURRENT_SCHEMA_VERSION, type CanvasTemplate, type Workshop, type Zone } from '../schema';
import { defaultBacklogColumns, visionWorkshopAgenda } from './agenda-template';
import { canvasTemplateDefinition } from './canvas-templates';
import { newId } from './ids';
import { today } from './iso-date';

export interface NewWorkshopOptions {
  title?: string;
  community?: string;
  facilitator?: string;
  template?: CanvasTemplate;
  /**
   * The language the template's texts (zones, agenda steps, backlog columns, title) are written in; it becomes
   * the workshop's summary language. Absent: English, and the summary follows the app's language.
   */
  language?: Language;
  /** Injected for tests; defaults to now. */
  now?: Date;
}

/** Zones of a canvas template, written in a language, with fresh ids. */
export function zonesFromTemplate(template: CanvasTemplate, language: Language = 'en'): Zone[] {
  return canvasTemplateDefinition(template, language).zones.map((zone) => ({ ...zone, id: newId() }));
}

/** A new workshop from the default "vision workshop" template: the canvas zones and the 9 agenda steps. */
export function createWorkshop(options: NewWorkshopOptions = {}): Workshop {
  const now = options.now ?? new Date();
  const language = options.language ?? 'en';
  const steps = visionWorkshopAgenda(language).map((step) => ({ ...step, id: newId(), actualSeconds: null }));
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: newId(),
    meta: {
      title: options.title ?? fixedTranslator(language)('templates.workshop.vision'),
      community: options.community ?? '',
      date: today(now),
      facilitator: options.facilitator ?? '',
      participantIds: [],
      hideAuthors: false,
      createdAt: now.toISOString(),
      ...(options.language ? { language: options.language } : {}),
    },
    members: [],
    canvas: {
      template: options.template ?? 'community-of-practice',
      zones: zonesFromTemplate(options.template ?? 'community-of-practice', language),
      notes: [],
      themes: [],
      votes: [],
      voting: { dotsPerParticipant: 3, maxDotsPerTarget: null, participantIds: [], revealed: false },
      visionStatement: '',
    },
    goals: [],
    sponsorAsks: [],
    backlog: {
      columns: defaultBacklogColumns(language).map((title) => ({ id: newId(), title, wipLimit: null, activityIds: [] })),
      activities: [],
    },
    impact: { measurements: [], outcomes: [] },
    agenda: { steps, currentStepId: steps[0]?.id ?? null },
    community: {
      openWorkshop: { id: newId(), kind: 'kick-off' },
      workshops: [],
      healthChecks: [],
      stageHistory: [],
      stories: [],
    },
  };
}
