import { produce } from 'immer';
import { describe, expect, test } from 'vitest';
import { activityName } from '../../../shared/domain/activity-types';
import { addActivity, deleteActivities, emptyActivityFields, updateActivity } from '../../../shared/domain/backlog-activities';
import { matchesFilter, NO_FILTER } from '../../../shared/domain/backlog-filters';
import { translator } from '../../../shared/i18n';
import { WorkshopSchema } from '../../../shared/schema';
import { activity, member } from '../../builders';
import { boardWorkshop } from './fixtures';

describe('activities', () => {
  test('added at the end of a column, with unknown owner and goals dropped', () => {
    let id = '';
    const w = produce(boardWorkshop(), (d) => {
      d.members.push(member({ id: 'm1', name: 'Ada', role: 'core' }));
      id = addActivity(d, { ...emptyActivityFields(), type: 'code-kata', title: ' TDD ', ownerId: 'm1', goalIds: ['nope'] }, 'next');
    });
    const added = w.backlog.activities.find((a) => a.id === id)!;
    expect(added).toMatchObject({ title: 'TDD', type: 'code-kata', ownerId: 'm1', goalIds: [], source: null });
    expect(w.backlog.columns[1]!.activityIds).toEqual(['d', id]);
    expect(activityName(added, translator('en'))).toBe('Code kata: TDD');
    expect(activityName(added, translator('fr'))).toBe('Kata de code : TDD');
    expect(WorkshopSchema.safeParse(w).success).toBe(true);
  });

  test('an edit keeps the place and the canvas link', () => {
    const start = produce(boardWorkshop(), (d) => void (d.backlog.activities[1]!.source = { kind: 'note', id: 'n1' }));
    const w = produce(start, (d) =>
      updateActivity(d, 'b', { ...emptyActivityFields(), title: 'Mob programming', effortHours: 3, ownerId: 'ghost' }),
    );
    expect(w.backlog.activities[1]).toMatchObject({
      id: 'b',
      title: 'Mob programming',
      effortHours: 3,
      ownerId: null,
      source: { kind: 'note', id: 'n1' },
    });
    expect(w.backlog.columns[0]!.activityIds).toEqual(['a', 'b', 'c']);
  });

  test('deleting removes the card from its column and its outcomes', () => {
    const start = produce(boardWorkshop(), (d) => {
      d.impact.outcomes.push({ id: 'o1', activityId: 'b', date: null, attendance: 3, satisfaction: 5, notes: '' });
    });
    let outcomes = -1;
    const w = produce(start, (d) => void ({ outcomes } = deleteActivities(d, ['b'])));
    expect(outcomes).toBe(1);
    expect(w.backlog.columns[0]!.activityIds).toEqual(['a', 'c']);
    expect(WorkshopSchema.safeParse(w).success).toBe(true);
  });

  test('filters by type, owner (or nobody) and goal', () => {
    const kata = activity({ id: 'k', type: 'code-kata', ownerId: 'm1', goalIds: ['g1'] });
    const lunch = activity({ id: 'l', type: 'brown-bag-lunch' });
    expect(matchesFilter(kata, NO_FILTER)).toBe(true);
    expect(matchesFilter(kata, { ...NO_FILTER, type: 'code-kata' })).toBe(true);
    expect(matchesFilter(lunch, { ...NO_FILTER, type: 'code-kata' })).toBe(false);
    expect(matchesFilter(kata, { ...NO_FILTER, owner: { id: 'm1' } })).toBe(true);
    expect(matchesFilter(kata, { ...NO_FILTER, owner: { id: null } })).toBe(false);
    expect(matchesFilter(lunch, { ...NO_FILTER, owner: { id: null } })).toBe(true);
    expect(matchesFilter(kata, { ...NO_FILTER, goalId: 'g1' })).toBe(true);
    expect(matchesFilter(lunch, { ...NO_FILTER, goalId: 'g1' })).toBe(false);
  });
});
