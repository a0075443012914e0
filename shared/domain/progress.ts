import type { Measurement, Objective, Workshop } from '../schema';

/** The objective's measurements, oldest first (by date, then by order of entry). */
export function measurementsOf(workshop: Pick<Workshop, 'impact'>, objectiveId: string): Measurement[] {
  return workshop.impact.measurements
    .map((m, index) => ({ m, index }))
    .filter(({ m }) => m.objectiveId === objectiveId)
    .sort((a, b) => a.m.date.localeCompare(b.m.date) || a.index - b.index)
    .map(({ m }) => m);
}

export function latestMeasurement(workshop: Pick<Workshop, 'impact'>, objectiveId: string): Measurement | null {
  const all = measurementsOf(workshop, objectiveId);
  return all[all.length - 1] ?? null;
}

/**
 * How far a value has gone from the baseline toward the target, as a fraction (0 = baseline, 1 = target).
 * Works whether the target is above the baseline (grow) or below it (reduce). Not clamped: going past the
 * target gives more than 1, going the wrong way gives less than 0. Null when baseline equals target.
 */
export function progressToTarget(objective: Pick<Objective, 'baseline' | 'target'>, value: number): number | null {
  const span = objective.target - objective.baseline;
  if (span === 0) return null;
  return (value - objective.baseline) / span;
}
