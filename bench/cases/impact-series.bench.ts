import { createWorkshop } from '../../shared/domain/new-workshop';
import { activitiesDonePerMonth, attendanceOverTime } from '../../shared/domain/impact-series';
import { measurementsOf, objectiveProgress } from '../../shared/domain/progress';
import { ACTIVITY_TYPES, type Workshop } from '../../shared/schema';
import type { BenchCase } from '../lib/report';
import { median, timeRuns } from '../lib/stats';

/** A community after years of activity: 2,000 done activities with outcomes, 100 objectives × 100 measurements. */
function bigWorkshop(): Workshop {
  const w = createWorkshop();
  const done = w.backlog.columns[w.backlog.columns.length - 1]!;
  const date = (i: number) =>
    `20${20 + (Math.floor(i / 365) % 10)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
  for (let i = 0; i < 2_000; i++) {
    const id = `a${i}`;
    w.backlog.activities.push({
      id,
      type: ACTIVITY_TYPES[i % ACTIVITY_TYPES.length]!,
      title: `Activity ${i}`,
      description: '',
      ownerId: null,
      date: date(i),
      effortHours: null,
      goalIds: [],
      source: null,
    });
    done.activityIds.push(id);
    w.impact.outcomes.push({ id: `o${i}`, activityId: id, date: date(i + 3), attendance: i % 30, satisfaction: (i % 5) + 1, notes: '' });
  }
  for (let g = 0; g < 10; g++) {
    w.goals.push({
      id: `g${g}`,
      title: `Goal ${g}`,
      why: '',
      themeIds: [],
      source: null,
      objectives: Array.from({ length: 10 }, (_, k) => ({
        id: `ob${g}-${k}`,
        indicator: `Indicator ${k}`,
        unit: '',
        baseline: 0,
        target: 100,
        dueDate: null,
      })),
    });
  }
  for (const objective of w.goals.flatMap((g) => g.objectives)) {
    for (let m = 0; m < 100; m++)
      w.impact.measurements.push({ id: `${objective.id}-m${m}`, objectiveId: objective.id, date: date(m), value: m, note: '' });
  }
  return w;
}

/** What the Impact and Goals views compute on each change of a large document. Target: within one 60 Hz frame. */
const bench: BenchCase = {
  name: 'impact-series',
  async run() {
    const w = bigWorkshop();
    const objectives = w.goals.flatMap((g) => g.objectives);
    const perMonth = await timeRuns(() => activitiesDonePerMonth(w), 50, 5);
    const attendance = await timeRuns(() => attendanceOverTime(w), 50, 5);
    const progress = await timeRuns(() => objectives.map((o) => [measurementsOf(w, o.id), objectiveProgress(w, o)]), 20, 3);
    // After a new measurement the measurements array is new: the grouping is computed again once.
    const cold = await timeRuns(
      () => {
        const next = { ...w, impact: { ...w.impact, measurements: [...w.impact.measurements] } };
        return objectives.map((o) => [measurementsOf(next, o.id), objectiveProgress(next, o)]);
      },
      20,
      3,
    );
    const total = median(perMonth) + median(attendance) + median(cold);
    return [
      {
        suite: 'impact',
        metric: 'activities done per month, 2,000 done (median)',
        value: median(perMonth),
        unit: 'ms',
        runs: perMonth.length,
      },
      {
        suite: 'impact',
        metric: 'attendance over time, 2,000 outcomes (median)',
        value: median(attendance),
        unit: 'ms',
        runs: attendance.length,
      },
      {
        suite: 'impact',
        metric: '100 objectives × 100 measurements, unchanged (median)',
        value: median(progress),
        unit: 'ms',
        runs: progress.length,
      },
      {
        suite: 'impact',
        metric: '100 objectives × 100 measurements, after a new one (median)',
        value: median(cold),
        unit: 'ms',
        runs: cold.length,
      },
      { suite: 'impact', metric: 'all of the Impact view’s data', value: total, unit: 'ms', target: '≤ 16 ms', met: total <= 16 },
    ];
  },
};
export default bench;
