import type { ProjectorSurface } from '../../shared/domain/projector-surface';
import { tr } from '../common/i18n';

/** A kind of projector surface as the room reads it, in the interface language. */
export const surfaceLabel = (surface: ProjectorSurface): string =>
  surface === 'health-check' ? tr('community.health.title') : tr(`projector.surface.${surface}`);

/** The projector's words, from the catalogue (namespace `projector`), read when a surface is drawn. */
export const TEXT = {
  get board() {
    return tr('projector.board');
  },
  get zones() {
    return tr('projector.zones');
  },
  get outside() {
    return tr('projector.outside');
  },
  get emptyZone() {
    return tr('projector.emptyZone');
  },
  get emptyNote() {
    return tr('projector.emptyNote');
  },
  get hiddenNote() {
    return tr('projector.hiddenNote');
  },
  get newNote() {
    return tr('projector.newNote');
  },
  notesIn: (zone: string) => tr('projector.notesIn', { zone }),
  get themesAndNotes() {
    return tr('projector.themesAndNotes');
  },
  get noThemes() {
    return tr('projector.noThemes');
  },
  get unthemed() {
    return tr('projector.unthemed');
  },
  get continued() {
    return tr('projector.continued');
  },
  get candidates() {
    return tr('projector.candidates');
  },
  get dotsLeft() {
    return tr('projector.dotsLeft');
  },
  votesHidden: (n: number) => tr('projector.votesHidden', { count: n }),
  get results() {
    return tr('projector.results');
  },
  get rankedResults() {
    return tr('projector.rankedResults');
  },
  get noVoters() {
    return tr('projector.noVoters');
  },
  left: (n: number) => tr('projector.left', { count: n }),
  dots: (n: number) => tr('projector.dots', { count: n }),
  get themeCountRule() {
    return tr('projector.themeCountRule');
  },
  /** "1st", "2nd", "3rd", then "4." */
  place: (index: number) =>
    index === 0
      ? tr('projector.place.first')
      : index === 1
        ? tr('projector.place.second')
        : index === 2
          ? tr('projector.place.third')
          : tr('projector.place.other', { rank: index + 1 }),
  get noVision() {
    return tr('projector.noVision');
  },
  get topThemes() {
    return tr('projector.topThemes');
  },
  get goals() {
    return tr('projector.goalsList');
  },
  get noGoals() {
    return tr('projector.noGoals');
  },
  get noActivities() {
    return tr('projector.noActivities');
  },
  get noAsks() {
    return tr('projector.noAsks');
  },
  get sponsorAsks() {
    return tr('projector.sponsorAsks');
  },
  askFor: (goals: string) => tr('projector.askFor', { goals }),
  get objectives() {
    return tr('projector.objectives');
  },
  get noObjectives() {
    return tr('projector.noObjectives');
  },
  get notMeasured() {
    return tr('projector.notMeasured');
  },
  objectiveLine: (baseline: string, now: string | null, target: string) =>
    now === null ? tr('projector.objectiveLine', { baseline, target }) : tr('projector.objectiveLineNow', { baseline, now, target }),
  get checkedIn() {
    return tr('projector.checkedIn');
  },
  get nobodyHere() {
    return tr('projector.nobodyHere');
  },
  present: (n: number) => tr('projector.present', { count: n }),
  get agendaSteps() {
    return tr('projector.agendaSteps');
  },
  get agenda() {
    return tr('projector.agendaList');
  },
  planned: (m: number) => tr('projector.planned', { count: m }),
  actual: (s: number) => tr('projector.actual', { count: Math.round(s / 60) }),
  get now() {
    return tr('projector.now');
  },
};

/** What a paged list counts ("Notes 1–6 of 14"). */
export type FitNoun = 'note' | 'group' | 'candidate' | 'voter' | 'result' | 'goal' | 'activity' | 'ask' | 'objective' | 'person' | 'step';

/** "14 notes", or "Notes 1–6 of 14 · ↓ more" when the list is paged. */
export function rangeText(noun: FitNoun, from: number, to: number, count: number): string {
  if (to - from + 1 >= count) return tr(`projector.count.${noun}`, { count });
  return tr(`projector.range.${noun}`, { from, to, count }) + (to < count ? tr('projector.more') : '');
}
