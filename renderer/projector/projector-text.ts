import type { ProjectorSurface } from '../../shared/domain/projector-surface';
import { tr } from '../common/i18n';

/** The projector's user-visible words, together (for the catalogue of issue 15). */
export const SURFACE_LABELS: Record<ProjectorSurface, string> = {
  'check-in': 'Check-in',
  brainstorm: 'Brainstorm',
  cluster: 'Themes',
  vote: 'Dot vote',
  vision: 'Vision statement',
  goals: 'Goals',
  backlog: 'Backlog',
  sponsor: 'Sponsor ask',
  impact: 'Impact',
  agenda: 'Agenda',
  get 'health-check'() {
    return tr('community.health.title');
  },
};

export const TEXT = {
  board: 'Canvas board',
  zones: 'Zones',
  outside: 'Outside the zones',
  emptyZone: 'No notes here yet.',
  emptyNote: 'Empty note',
  hiddenNote: 'Private note, shown at the reveal',
  newNote: 'New',
  noThemes: 'No themes yet: group similar notes into themes.',
  unthemed: 'Not in a theme',
  continued: '(continued)',
  candidates: 'What we vote on',
  dotsLeft: 'Dots left',
  votesHidden: (n: number) => `${n} ${n === 1 ? 'dot' : 'dots'} placed — hidden until the reveal`,
  results: 'Results',
  noVoters: 'No voters yet.',
  left: (n: number) => `${n} left`,
  dots: (n: number) => `${n} ${n === 1 ? 'dot' : 'dots'}`,
  themeCountRule: 'A theme counts its own dots and its notes’ dots.',
  place: ['1st', '2nd', '3rd'] as const,
  noVision: 'The vision statement is not written yet.',
  topThemes: 'From our top themes',
  noGoals: 'No goals yet.',
  noActivities: 'No activities.',
  noAsks: 'No sponsor asks yet.',
  noObjectives: 'No objectives to measure yet.',
  notMeasured: 'Not measured yet',
  objectiveLine: (baseline: string, now: string | null, target: string) =>
    `From ${baseline}${now === null ? '' : ` · now ${now}`} · target ${target}`,
  nobodyHere: 'Nobody has checked in yet.',
  present: (n: number) => `${n} ${n === 1 ? 'person' : 'people'} here`,
  planned: (m: number) => `${m} min planned`,
  actual: (s: number) => `${Math.round(s / 60)} min spent`,
  now: 'Now',
} as const;
