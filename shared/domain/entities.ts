import type { Activity, ActivityOutcome, Goal, Measurement, Member, Objective, SponsorAsk } from '../schema';
import { newId } from './ids';

/**
 * The entities of a workshop, made in one place: the views (through their commands), the domain and the tests
 * build them with these factories, so a new field is added once. Each takes the fields to set; the rest are the
 * defaults a new, empty entity has. The id is new unless given.
 */

type Fields<T> = Partial<T>;

export const newMember = (fields: Fields<Member> = {}): Member => ({
  id: newId(),
  name: '',
  team: '',
  role: 'active',
  interests: [],
  joined: null,
  contact: '',
  ...fields,
});

export const newObjective = (fields: Fields<Objective> = {}): Objective => ({
  id: newId(),
  indicator: '',
  unit: '',
  baseline: 0,
  target: 0,
  dueDate: null,
  ...fields,
});

export const newGoal = (fields: Fields<Goal> = {}): Goal => ({
  id: newId(),
  title: '',
  why: '',
  themeIds: [],
  objectives: [],
  source: null,
  ...fields,
});

export const newActivity = (fields: Fields<Activity> = {}): Activity => ({
  id: newId(),
  type: 'other',
  title: '',
  description: '',
  ownerId: null,
  date: null,
  effortHours: null,
  goalIds: [],
  source: null,
  ...fields,
});

export const newAsk = (fields: Fields<SponsorAsk> = {}): SponsorAsk => ({
  id: newId(),
  kind: 'dedicated-time',
  what: '',
  amount: null,
  unit: '',
  sponsorId: null,
  goalIds: [],
  status: 'draft',
  askedOn: null,
  decidedOn: null,
  notes: '',
  ...fields,
});

export const newMeasurement = (fields: Fields<Measurement> & Pick<Measurement, 'objectiveId' | 'date' | 'value'>): Measurement => ({
  id: newId(),
  note: '',
  ...fields,
});

export const newOutcome = (fields: Fields<ActivityOutcome> & Pick<ActivityOutcome, 'activityId'>): ActivityOutcome => ({
  id: newId(),
  date: null,
  attendance: null,
  satisfaction: null,
  notes: '',
  ...fields,
});

/**
 * "Edit or add", the one way a dialog's fields land in a list: the entity with `id` takes the fields; when there
 * is none (no id, or it was deleted meanwhile), `make(fields)` is added at the end. Mutates `list` (an immer
 * draft); returns the entity edited or added.
 */
export function editOrAdd<T extends { id: string }, F extends Partial<T>>(
  list: T[],
  id: string | null | undefined,
  fields: F,
  make: (fields: F) => T,
): T {
  const existing = id ? list.find((item) => item.id === id) : undefined;
  if (existing) return Object.assign(existing, fields);
  const added = make(fields);
  list.push(added);
  return added;
}

/** Removes the entity with `id` from a list (an immer draft); true when there was one. */
export function removeById<T extends { id: string }>(list: T[], id: string): boolean {
  const index = list.findIndex((item) => item.id === id);
  if (index === -1) return false;
  list.splice(index, 1);
  return true;
}
