/**
 * The facilitator's guide: "how to run this step" for each step of the default agendas, and the short "how a
 * vision workshop runs" page of Help. All of it in this one module (it moves to the i18n catalogue, issue 15).
 */

import { englishStepTitle } from '../../shared/domain/agenda-template';

export interface StepGuide {
  purpose: string;
  say: string;
  watch: string;
  /** Typical time, as said to a person. */
  time: string;
}

/** Guides by step title (as the templates name the steps; compared without case or extra spaces). */
const GUIDES: Readonly<Record<string, StepGuide>> = {
  'check-in': {
    purpose: 'Know who is in the room and let everyone speak once before the work starts.',
    say: '“In one sentence: your name, your team, and one thing you would like to get better at.” Tick each person in People as they answer.',
    watch: 'Keep it short: one sentence each. Note who is missing but should be here: they belong in the Members zone later.',
    time: '5 minutes (about 20 seconds a person)',
  },
  'silent brainstorm': {
    purpose: 'Collect everyone’s ideas before anyone is influenced by the loudest voice.',
    say: '“For ten minutes, in silence, one idea per note, in the zone where it fits. I type what you dictate.” Read each zone’s question aloud.',
    watch: 'Zones left empty (ask their question again), notes with two ideas (split them), and discussions starting too early (park them).',
    time: '10 minutes',
  },
  cluster: {
    purpose: 'Turn many notes into a few themes the group can vote on.',
    say: '“Which notes say the same thing?” Move them together, then ask the group to name each group: a short phrase, not a single word.',
    watch: 'Themes that are too big to act on (split them) and notes forced into a theme (a note may stay alone).',
    time: '10 minutes',
  },
  'dot vote': {
    purpose: 'Find what matters most to the group, quickly and fairly.',
    say: '“You each have three dots. Put them on the themes or notes you most want the community to work on; several on one is fine.” Keep votes hidden until everyone has voted, then reveal.',
    watch: 'People waiting to see how others vote (keep the votes hidden), and a tie at the top (a quick second round on the tied themes only).',
    time: '5 minutes',
  },
  'vision statement': {
    purpose: 'Say in two or three sentences why the community exists and what it will change.',
    say: '“Starting from our top themes: complete the sentence ‘We are … who … so that …’.” Write the draft where everyone can see it and edit it live.',
    watch: 'Wordsmithing: a good-enough sentence the group agrees with beats a perfect one. Jargon a sponsor would not understand.',
    time: '10 minutes',
  },
  'goals & objectives': {
    purpose: 'Make the vision measurable: two or three goals, each with an indicator, a baseline and a target.',
    say: '“If this community works, what will have changed in a year? How would we see it?” Turn the top themes into goals, then ask for today’s number and the target.',
    watch: 'Goals without a number (ask “how would we know?”), and too many goals: three is plenty for a start.',
    time: '15 minutes',
  },
  'backlog of first activities': {
    purpose: 'Leave with the first activities planned: a title, an owner and a date each.',
    say: '“What could we do in the next six weeks? Who takes it? When?” Put the ones with an owner and a date in Next.',
    watch: 'Activities nobody owns (they will not happen), and an ambitious list: two or three first activities that really happen beat ten ideas.',
    time: '15 minutes',
  },
  'sponsor ask': {
    purpose: 'Agree on what to ask of management — time, budget, rooms — and why.',
    say: '“What do we need to do this? Whom do we ask?” Link each ask to the goals it serves: that is what convinces a sponsor.',
    watch: 'Asks without a number (“some time” → “two hours per person per month”), and asks nobody will carry to the sponsor.',
    time: '5 minutes',
  },
  'wrap-up & export': {
    purpose: 'Close the workshop: what was decided, what happens next, and the summary for the sponsors.',
    say: '“One word each: how do you leave this workshop?” Set the next session date in Workshop details, then export the PDF summary.',
    watch: 'Leaving without a date for the next session, and a summary nobody sends: send it the same day.',
    time: '5 minutes',
  },
};

const normal = (title: string) => title.trim().toLowerCase().replace(/\s+/g, ' ');

/** The guide of an agenda step, or null for a step the templates do not know (a step the facilitator added). */
export function guideForStep(title: string): StepGuide | null {
  // A step of a template written in French (« Accueil ») has the guide of its English name.
  return GUIDES[normal(englishStepTitle(title))] ?? null;
}

export const GUIDE_LABELS = {
  heading: 'How to run this step',
  purpose: 'Purpose',
  say: 'What to say',
  watch: 'Watch for',
  time: 'Typical time',
  show: 'Show the facilitator guide',
  hide: 'Hide the facilitator guide',
} as const;

export const HELP_TEXT = {
  button: 'Help',
  title: 'Help',
  workshopHeading: 'How a vision workshop runs',
  intro:
    'A community-of-practice vision workshop brings the people who care about a craft together for about an hour and a half, to agree on why the community exists, what it will do first, and what it needs from sponsors.',
  steps: [
    'Before: add the members you expect (People), set the date and the facilitator (Workshop details), and plug in the projector.',
    'Check-in: everyone says who they are; tick them as present.',
    'Silent brainstorm: participants dictate one idea per note into the canvas zones, in silence.',
    'Cluster: group similar notes into named themes.',
    'Dot vote: each participant places a few dots; reveal the results when everyone has voted.',
    'Vision statement: write two or three sentences from the top themes.',
    'Goals & objectives: turn the top themes into goals with a baseline and a target.',
    'Backlog: plan the first activities with an owner and a date.',
    'Sponsor ask: what you ask of management (time, budget, rooms), and why.',
    'Wrap-up: set the next session date and export the PDF summary; its first page is the brief for your sponsor.',
  ],
  tips: 'The Agenda view runs the timer and shows, for each step, how to run it. Projector mode (F5) shows the room large type without the editing controls or this guide.',
  shortcutsButton: 'Keyboard shortcuts',
  close: 'Close',
} as const;
