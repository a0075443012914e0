import { fixedTranslator as translator, type Language } from '../i18n';
import type { AgendaStep } from '../schema';

export type StepTemplate = Omit<AgendaStep, 'id' | 'actualSeconds'>;

/** The steps the templates know, each named in the catalogue (`templates.stepTitle.<key>`, `templates.stepDescription.<key>`). */
export const TEMPLATE_STEP_KEYS = ['checkIn', 'brainstorm', 'cluster', 'vote', 'vision', 'goals', 'backlog', 'sponsor', 'wrapUp'] as const;
export type TemplateStepKey = (typeof TEMPLATE_STEP_KEYS)[number];

type StepShape = Pick<StepTemplate, 'minutes' | 'view' | 'mode' | 'surface'>;

/** The default vision workshop, from the product spec: each step's key and what it does (its words are the catalogue's). */
const VISION_STEPS: ReadonlyArray<readonly [TemplateStepKey, StepShape]> = [
  ['checkIn', { minutes: 5, view: 'people', mode: null, surface: 'check-in' }],
  ['brainstorm', { minutes: 10, view: 'canvas', mode: null, surface: 'brainstorm' }],
  ['cluster', { minutes: 10, view: 'canvas', mode: null, surface: 'cluster' }],
  ['vote', { minutes: 5, view: 'canvas', mode: 'voting', surface: 'vote' }],
  ['vision', { minutes: 10, view: 'canvas', mode: null, surface: 'vision' }],
  ['goals', { minutes: 15, view: 'goals', mode: null, surface: 'goals' }],
  ['backlog', { minutes: 15, view: 'backlog', mode: null, surface: 'backlog' }],
  ['sponsor', { minutes: 5, view: 'sponsors', mode: null, surface: 'sponsor' }],
  ['wrapUp', { minutes: 5, view: 'agenda', mode: null, surface: 'agenda' }],
];

/** A template step in a language: its title and description from the catalogue (a description may be the template's own). */
export function templateStep(key: TemplateStepKey, shape: StepShape, language: Language, description?: string): StepTemplate {
  const t = translator(language);
  return { title: t(`templates.stepTitle.${key}`), description: description ?? t(`templates.stepDescription.${key}`), ...shape };
}

/** The default vision workshop's agenda, written in a language. */
export function visionWorkshopAgenda(language: Language): StepTemplate[] {
  return VISION_STEPS.map(([key, shape]) => templateStep(key, shape, language));
}

/** The default vision workshop, in English (the reference the tests and the guide compare with). */
export const VISION_WORKSHOP_AGENDA: ReadonlyArray<StepTemplate> = visionWorkshopAgenda('en');

/** A new workshop's backlog columns, in a language. */
export function defaultBacklogColumns(language: Language): string[] {
  const t = translator(language);
  return [t('templates.column.ideas'), t('templates.column.next'), t('templates.column.inProgress'), t('templates.column.done')];
}

const normal = (title: string) => title.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The template step a title names, in any language CoP Studio speaks ("Check-in", « Accueil »): what the
 * facilitator guide is looked up by. Null for a step the facilitator wrote.
 */
export function templateStepOfTitle(title: string): TemplateStepKey | null {
  const wanted = normal(title);
  for (const language of ['en', 'fr'] as const) {
    const t = translator(language);
    const key = TEMPLATE_STEP_KEYS.find((k) => normal(t(`templates.stepTitle.${k}`)) === wanted);
    if (key) return key;
  }
  return null;
}

/** A template step's title in English, whatever language it was written in; any other title as it is. */
export function englishStepTitle(title: string): string {
  const key = templateStepOfTitle(title);
  return key ? translator('en')(`templates.stepTitle.${key}`) : title;
}
