/**
 * Test builders: one way to make an entity in a test, on top of the domain's own factories
 * (`shared/domain/entities.ts`), so a test states only what it is about. Each takes the fields to set.
 */
import { newActivity, newAsk, newGoal, newMeasurement, newMember, newObjective, newOutcome } from '../../shared/domain/entities';
import { newId } from '../../shared/domain/ids';
import { makeNote } from '../../shared/domain/canvas-notes';
import { createWorkshop, type NewWorkshopOptions } from '../../shared/domain/new-workshop';
import type {
  Activity,
  ActivityOutcome,
  Goal,
  Measurement,
  Member,
  Note,
  Objective,
  SponsorAsk,
  Theme,
  Workshop,
} from '../../shared/schema';

/** An activity; its title is its id in capitals unless given (board tests read cards by id). */
export const activity = (fields: Partial<Activity> = {}): Activity =>
  newActivity({ title: fields.id ? fields.id.toUpperCase() : 'An activity', ...fields });

export const member = (fields: Partial<Member> = {}): Member => newMember({ name: 'A member', ...fields });

export const objective = (fields: Partial<Objective> = {}): Objective => newObjective({ indicator: 'An indicator', target: 1, ...fields });

export const goal = (fields: Partial<Goal> = {}): Goal => newGoal({ title: 'A goal', ...fields });

export const ask = (fields: Partial<SponsorAsk> = {}): SponsorAsk => newAsk({ what: 'An ask', ...fields });

export const measurement = (fields: Partial<Measurement> & Pick<Measurement, 'objectiveId'>): Measurement =>
  newMeasurement({ date: '2026-01-01', value: 0, ...fields });

export const outcome = (fields: Partial<ActivityOutcome> & Pick<ActivityOutcome, 'activityId'>): ActivityOutcome => newOutcome(fields);

/** A note at (x, y) (the origin unless given), outside every zone unless `zones` are passed. */
export const note = (fields: Partial<Note> = {}, zones: Workshop['canvas']['zones'] = []): Note => {
  const made = makeNote({ zones }, fields.x ?? 0, fields.y ?? 0, { now: new Date('2026-11-24T09:00:00Z') });
  return { ...made, ...fields };
};

export const theme = (fields: Partial<Theme> = {}): Theme => ({ id: newId(), name: 'A theme', color: 'yellow', ...fields });

/** A new workshop (the default template) with the entities given added to it; activities go in the first column. */
export function workshop(
  parts: { members?: Member[]; goals?: Goal[]; asks?: SponsorAsk[]; activities?: Activity[]; notes?: Note[]; themes?: Theme[] } = {},
  options: NewWorkshopOptions = {},
): Workshop {
  const w = createWorkshop(options);
  w.members.push(...(parts.members ?? []));
  w.goals.push(...(parts.goals ?? []));
  w.sponsorAsks.push(...(parts.asks ?? []));
  w.backlog.activities.push(...(parts.activities ?? []));
  w.backlog.columns[0]!.activityIds.push(...(parts.activities ?? []).map((a) => a.id));
  w.canvas.notes.push(...(parts.notes ?? []));
  w.canvas.themes.push(...(parts.themes ?? []));
  return w;
}
