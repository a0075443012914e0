/**
 * The facilitator's guide: "how to run this step" for each step of the default agendas, and the short "how a
 * vision workshop runs" page of Help. The texts are in the catalogue (namespace `help`); this module picks them.
 */

import { tr } from '../common/i18n';
import { englishStepTitle } from '../../shared/domain/agenda-template';

export interface StepGuide {
  purpose: string;
  say: string;
  watch: string;
  /** Typical time, as said to a person. */
  time: string;
}

type GuideId = 'checkIn' | 'brainstorm' | 'cluster' | 'dotVote' | 'vision' | 'goals' | 'backlog' | 'sponsorAsk' | 'wrapUp';

/** A step's guide, read in the interface language when it is shown (namespace `help`). */
const guide = (id: GuideId): StepGuide => ({
  get purpose() {
    return tr(`help.purpose.${id}`);
  },
  get say() {
    return tr(`help.say.${id}`);
  },
  get watch() {
    return tr(`help.watch.${id}`);
  },
  get time() {
    return tr(`help.time.${id}`);
  },
});

/** Guides by step title (as the templates name the steps; compared without case or extra spaces). */
const GUIDES: Readonly<Record<string, StepGuide>> = {
  'check-in': guide('checkIn'),
  'silent brainstorm': guide('brainstorm'),
  cluster: guide('cluster'),
  'dot vote': guide('dotVote'),
  'vision statement': guide('vision'),
  'goals & objectives': guide('goals'),
  'backlog of first activities': guide('backlog'),
  'sponsor ask': guide('sponsorAsk'),
  'wrap-up & export': guide('wrapUp'),
};

const normal = (title: string) => title.trim().toLowerCase().replace(/\s+/g, ' ');

/** The guide of an agenda step, or null for a step the templates do not know (a step the facilitator added). */
export function guideForStep(title: string): StepGuide | null {
  // A step of a template written in French (« Accueil ») has the guide of its English name.
  return GUIDES[normal(englishStepTitle(title))] ?? null;
}

export const GUIDE_LABELS = {
  get heading() {
    return tr('help.guide.heading');
  },
  get purpose() {
    return tr('help.guide.purpose');
  },
  get say() {
    return tr('help.guide.say');
  },
  get watch() {
    return tr('help.guide.watch');
  },
  get time() {
    return tr('help.guide.time');
  },
  get show() {
    return tr('help.guide.show');
  },
  get hide() {
    return tr('help.guide.hide');
  },
};

export const HELP_TEXT = {
  get button() {
    return tr('help.button');
  },
  get title() {
    return tr('help.title');
  },
  get workshopHeading() {
    return tr('help.workshopHeading');
  },
  get intro() {
    return tr('help.intro');
  },
  get steps() {
    return [
      tr('help.steps.before'),
      tr('help.steps.checkIn'),
      tr('help.steps.brainstorm'),
      tr('help.steps.cluster'),
      tr('help.steps.dotVote'),
      tr('help.steps.vision'),
      tr('help.steps.goals'),
      tr('help.steps.backlog'),
      tr('help.steps.sponsorAsk'),
      tr('help.steps.wrapUp'),
    ];
  },
  get tips() {
    return tr('help.tips');
  },
  get shortcutsButton() {
    return tr('help.shortcutsButton');
  },
  get close() {
    return tr('help.close');
  },
};
