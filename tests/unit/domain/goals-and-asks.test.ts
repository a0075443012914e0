import { produce } from 'immer';
import { describe, expect, test } from 'vitest';
import { deleteGoal, deleteObjective, describeGoalLinks, goalLinks } from '../../../shared/domain/delete-goal';
import { activitiesOfGoal, doneActivities } from '../../../shared/domain/done-activities';
import { activitiesDonePerMonth, attendanceOverTime } from '../../../shared/domain/impact-series';
import { monthsBetween } from '../../../shared/domain/iso-date';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import { formatAmount, setAskStatus } from '../../../shared/domain/sponsor-asks';
import { WorkshopSchema, type Workshop } from '../../../shared/schema';
import { translator } from '../../../shared/i18n';
import { activity, ask, goal, measurement, objective, outcome } from '../../builders';

function workshop(): Workshop {
  const w = createWorkshop();
  w.goals.push(
    goal({
      id: 'g1',
      title: 'Reuse libraries',
      objectives: [
        objective({ id: 'o1', indicator: 'Shared libraries', target: 5 }),
        objective({ id: 'o2', indicator: 'Lead time', unit: 'days', baseline: 20, target: 5 }),
      ],
    }),
    goal({ id: 'g2', title: 'Other' }),
  );
  w.impact.measurements.push(
    measurement({ id: 'm1', objectiveId: 'o1', date: '2026-01-01', value: 1 }),
    measurement({ id: 'm2', objectiveId: 'o2', date: '2026-01-01', value: 15 }),
  );
  w.backlog.activities.push(
    activity({ id: 'a1', type: 'code-kata', title: 'Activity a1', date: '2026-01-10', goalIds: ['g1'] }),
    activity({ id: 'a2', type: 'brown-bag-lunch', title: 'Activity a2', date: '2026-03-02', goalIds: ['g1', 'g2'] }),
    activity({ id: 'a3', type: 'code-kata', title: 'Activity a3', date: null }),
    activity({ id: 'a4', type: 'meetup', title: 'Activity a4', date: '2026-01-20', goalIds: ['g2'] }),
  );
  const done = w.backlog.columns[w.backlog.columns.length - 1]!;
  done.activityIds.push('a1', 'a2', 'a3');
  w.backlog.columns[0]!.activityIds.push('a4');
  w.impact.outcomes.push(
    outcome({ id: 'out1', activityId: 'a2', date: '2026-02-27', attendance: 14, satisfaction: 4 }),
    outcome({ id: 'out2', activityId: 'a1', date: '2026-01-10', attendance: 8, satisfaction: 5 }),
    outcome({ id: 'out3', activityId: 'a3', attendance: 3 }),
  );
  w.sponsorAsks.push(ask({ id: 'ask', what: 'Time', amount: 2, unit: 'h per person per month', goalIds: ['g1'] }));
  return w;
}

describe('goals', () => {
  test('a goal lists its activities with their column', () => {
    expect(activitiesOfGoal(workshop(), 'g2').map((x) => [x.activity.id, x.columnTitle])).toEqual([
      ['a2', 'Done'],
      ['a4', 'Ideas'],
    ]);
  });

  test('deleting a goal says what it unlinks and leaves no dangling reference', () => {
    const w = workshop();
    expect(goalLinks(w, 'g1')).toEqual({ activities: 2, sponsorAsks: 1, measurements: 2 });
    expect(describeGoalLinks(goalLinks(w, 'g1'), translator('en'))).toEqual([
      '2 activities are unlinked from it.',
      '1 sponsor ask is unlinked from it.',
      '2 measurements of its objectives will be deleted.',
    ]);
    const next = produce(w, (d) => deleteGoal(d, 'g1'));
    expect(next.goals.map((g) => g.id)).toEqual(['g2']);
    expect(next.impact.measurements).toEqual([]);
    expect(next.backlog.activities.map((a) => a.goalIds)).toEqual([[], ['g2'], [], ['g2']]);
    expect(next.sponsorAsks[0]!.goalIds).toEqual([]);
    expect(WorkshopSchema.safeParse(next).success).toBe(true);
  });

  test('deleting an objective deletes its measurements only', () => {
    const next = produce(workshop(), (d) => deleteObjective(d, 'g1', 'o2'));
    expect(next.goals[0]!.objectives.map((o) => o.id)).toEqual(['o1']);
    expect(next.impact.measurements.map((m) => m.id)).toEqual(['m1']);
    expect(WorkshopSchema.safeParse(next).success).toBe(true);
  });
});

describe('impact series', () => {
  test('done activities are those of the last column', () => {
    expect(doneActivities(workshop()).map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
  });

  test('activities done per month count by type from the outcome date, else the activity date, with no gaps', () => {
    const result = activitiesDonePerMonth(workshop());
    expect(result.undated).toBe(1);
    expect(result.months.map((m) => [m.month, m.total, m.byType['code-kata'], m.byType['brown-bag-lunch']])).toEqual([
      ['2026-01', 1, 1, 0],
      ['2026-02', 1, 0, 1],
    ]);
    expect(activitiesDonePerMonth(createWorkshop())).toEqual({ months: [], undated: 0 });
  });

  test('attendance over time skips outcomes without a date', () => {
    expect(attendanceOverTime(workshop())).toEqual([
      { date: '2026-01-10', attendance: 8, activityTitle: 'Activity a1' },
      { date: '2026-02-27', attendance: 14, activityTitle: 'Activity a2' },
    ]);
  });

  test('months between two months, across a year', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('sponsor asks', () => {
  test('moving an ask stamps the dates once; going back clears the decision', () => {
    let w = produce(workshop(), (d) => setAskStatus(d, 'ask', 'asked', '2026-02-01'));
    expect(w.sponsorAsks[0]).toMatchObject({ status: 'asked', askedOn: '2026-02-01', decidedOn: null });
    w = produce(w, (d) => setAskStatus(d, 'ask', 'granted', '2026-02-15'));
    expect(w.sponsorAsks[0]).toMatchObject({ status: 'granted', askedOn: '2026-02-01', decidedOn: '2026-02-15' });
    w = produce(w, (d) => setAskStatus(d, 'ask', 'asked', '2026-03-01'));
    expect(w.sponsorAsks[0]).toMatchObject({ status: 'asked', askedOn: '2026-02-01', decidedOn: null });
  });

  test('amounts read as a person would write them', () => {
    expect(formatAmount({ amount: 2, unit: 'h per person per month' })).toBe('2 h per person per month');
    expect(formatAmount({ amount: 1500, unit: 'EUR' })).toBe('1,500 EUR');
    expect(formatAmount({ amount: null, unit: '' })).toBe('');
  });
});
