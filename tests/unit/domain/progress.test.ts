import { describe, expect, test } from 'vitest';
import {
  clampFraction,
  latestMeasurement,
  measurementsByObjective,
  measurementsOf,
  objectiveProgress,
  percentOf,
  progressToTarget,
} from '../../../shared/domain/progress';
import type { Measurement } from '../../../shared/schema';

const m = (id: string, objectiveId: string, date: string, value: number): Measurement => ({ id, objectiveId, date, value, note: '' });
const impactOf = (...measurements: Measurement[]) => ({ impact: { measurements, outcomes: [] } });

describe('progress toward a target', () => {
  test('a target above the baseline: halfway is 50 %, the target is 100 %, past it more', () => {
    const grow = { baseline: 2, target: 10 };
    expect(percentOf(progressToTarget(grow, 6))).toBe(50);
    expect(percentOf(progressToTarget(grow, 10))).toBe(100);
    expect(percentOf(progressToTarget(grow, 14))).toBe(150);
    expect(percentOf(progressToTarget(grow, 2))).toBe(0);
  });

  test('a target below the baseline (reduce lead time from 20 to 5 days): going down is progress', () => {
    const reduce = { baseline: 20, target: 5 };
    expect(percentOf(progressToTarget(reduce, 20))).toBe(0);
    expect(percentOf(progressToTarget(reduce, 14))).toBe(40);
    expect(percentOf(progressToTarget(reduce, 5))).toBe(100);
    expect(percentOf(progressToTarget(reduce, 25))).toBe(-33);
  });

  test('baseline equal to target has no distance to cover: no percentage', () => {
    expect(progressToTarget({ baseline: 3, target: 3 }, 3)).toBeNull();
    expect(percentOf(null)).toBeNull();
  });

  test('negative baselines and fractions work', () => {
    expect(progressToTarget({ baseline: -10, target: 0 }, -2.5)).toBeCloseTo(0.75);
  });

  test('the bar is clamped to 0…1, the number is not', () => {
    expect(clampFraction(1.5)).toBe(1);
    expect(clampFraction(-0.2)).toBe(0);
    expect(clampFraction(0.4)).toBe(0.4);
  });
});

describe('measurements of an objective', () => {
  test('are sorted by date, ties keep the order of entry; others are ignored', () => {
    const w = impactOf(
      m('a', 'o1', '2026-03-01', 5),
      m('b', 'o2', '2026-01-01', 1),
      m('c', 'o1', '2026-01-15', 3),
      m('d', 'o1', '2026-03-01', 6),
    );
    expect(measurementsOf(w, 'o1').map((x) => x.id)).toEqual(['c', 'a', 'd']);
    expect(latestMeasurement(w, 'o1')?.id).toBe('d');
    expect(latestMeasurement(w, 'nothing')).toBeNull();
  });

  test('objective progress with no data, with no span, and measured', () => {
    const objective = { id: 'o1', baseline: 20, target: 5 };
    expect(objectiveProgress(impactOf(), objective)).toEqual({ kind: 'no-data' });
    expect(objectiveProgress(impactOf(m('x', 'o2', '2026-01-01', 1)), objective)).toEqual({ kind: 'no-data' });
    expect(objectiveProgress(impactOf(m('a', 'o1', '2026-01-01', 7)), { id: 'o1', baseline: 7, target: 7 }).kind).toBe('no-span');
    const measured = objectiveProgress(impactOf(m('a', 'o1', '2026-01-01', 14), m('b', 'o1', '2026-02-01', 2)), objective);
    expect(measured).toMatchObject({ kind: 'measured', percent: 120, reached: true, latest: { id: 'b' } });
    const partway = objectiveProgress(impactOf(m('a', 'o1', '2026-01-01', 14)), objective);
    expect(partway).toMatchObject({ kind: 'measured', percent: 40, reached: false });
  });
});

describe('grouping measurements by objective', () => {
  test('is remembered per (immutable) measurements array and recomputed for a new one', () => {
    const measurements = [m('a', 'o1', '2026-02-01', 5), m('b', 'o1', '2026-01-01', 3)];
    const first = measurementsByObjective(measurements);
    expect(measurementsByObjective(measurements)).toBe(first);
    expect(first.get('o1')!.map((x) => x.id)).toEqual(['b', 'a']);
    const next = [...measurements, m('c', 'o1', '2026-03-01', 8)];
    expect(
      measurementsByObjective(next)
        .get('o1')!
        .map((x) => x.id),
    ).toEqual(['b', 'a', 'c']);
  });

  test('measurementsOf hands out a copy: changing it does not change what others see', () => {
    const w = impactOf(m('a', 'o1', '2026-02-01', 5));
    measurementsOf(w, 'o1').pop();
    expect(measurementsOf(w, 'o1')).toHaveLength(1);
  });
});
