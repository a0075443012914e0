import type { Language } from '../i18n';
import { fixedTranslator } from '../i18n';
import type { CanvasTemplate, Workshop } from '../schema';
import { templateStep, visionWorkshopAgenda, type StepTemplate } from './agenda-template';
import { createWorkshop } from './new-workshop';
import { newId } from './ids';

export type WorkshopTemplateId = 'vision' | 'wenger' | 'start-stop-continue' | 'blank';

export interface WorkshopTemplate {
  id: WorkshopTemplateId;
  /** The new workshop's title. */
  title: string;
  canvas: CanvasTemplate;
  agenda: ReadonlyArray<StepTemplate>;
}

const IDS: readonly WorkshopTemplateId[] = ['vision', 'wenger', 'start-stop-continue', 'blank'];

/**
 * A workshop a facilitator can start from (the welcome screen), written in a language: its title and agenda.
 * Labels and descriptions of the templates live with the welcome screen's text; here only what the document gets.
 */
export function workshopTemplate(id: WorkshopTemplateId, language: Language): WorkshopTemplate {
  const t = fixedTranslator(language);
  const title = t(`templates.workshop.${id}`);
  const step = templateStep;
  switch (id) {
    case 'vision':
      return { id, title, canvas: 'community-of-practice', agenda: visionWorkshopAgenda(language) };
    case 'wenger':
      return {
        id,
        title,
        canvas: 'wenger',
        agenda: [
          step('checkIn', { minutes: 5, view: 'people', mode: null, surface: 'check-in' }, language),
          step(
            'brainstorm',
            { minutes: 15, view: 'canvas', mode: null, surface: 'brainstorm' },
            language,
            t('templates.stepDescription.brainstormWenger'),
          ),
          step('cluster', { minutes: 10, view: 'canvas', mode: null, surface: 'cluster' }, language),
          step('vote', { minutes: 5, view: 'canvas', mode: 'voting', surface: 'vote' }, language),
          step('vision', { minutes: 10, view: 'canvas', mode: null, surface: 'vision' }, language),
          step('backlog', { minutes: 15, view: 'backlog', mode: null, surface: 'backlog' }, language),
          step('wrapUp', { minutes: 5, view: 'agenda', mode: null, surface: 'agenda' }, language),
        ],
      };
    case 'start-stop-continue':
      return {
        id,
        title,
        canvas: 'start-stop-continue',
        agenda: [
          step('checkIn', { minutes: 5, view: 'people', mode: null, surface: 'check-in' }, language),
          step(
            'brainstorm',
            { minutes: 10, view: 'canvas', mode: null, surface: 'brainstorm' },
            language,
            t('templates.stepDescription.brainstormStartStop'),
          ),
          step('cluster', { minutes: 10, view: 'canvas', mode: null, surface: 'cluster' }, language),
          step('vote', { minutes: 5, view: 'canvas', mode: 'voting', surface: 'vote' }, language),
          step(
            'backlog',
            { minutes: 15, view: 'backlog', mode: null, surface: 'backlog' },
            language,
            t('templates.stepDescription.backlogStartStop'),
          ),
          step('wrapUp', { minutes: 5, view: 'agenda', mode: null, surface: 'agenda' }, language),
        ],
      };
    case 'blank':
      return { id, title, canvas: 'blank', agenda: [] };
  }
}

/** The templates in English (the welcome screen lists their ids; tests compare with them). */
export const WORKSHOP_TEMPLATES: Readonly<Record<WorkshopTemplateId, WorkshopTemplate>> = Object.fromEntries(
  IDS.map((id) => [id, workshopTemplate(id, 'en')]),
) as Record<WorkshopTemplateId, WorkshopTemplate>;

/**
 * A new workshop from a template: its canvas zones and its agenda, written in `language` (the app's), which also
 * becomes the language its summary is exported in.
 */
export function createWorkshopFromTemplate(id: WorkshopTemplateId, now?: Date, language: Language = 'en'): Workshop {
  const template = workshopTemplate(id, language);
  const workshop = createWorkshop({ title: template.title, template: template.canvas, now, language });
  const steps = template.agenda.map((s) => ({ ...s, id: newId(), actualSeconds: null }));
  workshop.agenda = { steps, currentStepId: steps[0]?.id ?? null };
  return workshop;
}
