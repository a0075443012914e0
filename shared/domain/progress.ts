import type { Measurement, Objective, Workshop } from '../schema';

/**
 * Every objective's measurements, oldest first (by date, then by order of entry), grouped in one pass.
 * Documents are immutable (immer), so the grouping is remembered per measurements array: the Goals and Impact
 * views ask for each objective on every render, and a large document would otherwise be scanned once per objective.
 */
const grouped = new WeakMap<readonly Measurement[], ReadonlyMap<string, readonly Measurement[]>>();

export function measurementsByObjective(measurements: readonly Measurement[]): ReadonlyMap<string, readonly Measurement[]> {
  const cached = grouped.get(measurements);
  if (cached) return cached;
  const byObjective = new Map<string, Measurement[]>();
  for (const m of measurements) {
    const list = byObjective.get(m.objectiveId);
    if (list) list.push(m);
    else byObjective.set(m.objectiveId, [m]);
  }
  // Array.prototype.sort is stable: equal dates keep their order of entry.
  for (const list of byObjective.values()) list.sort((a, b) => a.date.localeCompare(b.date));
  grouped.set(measurements, byObjective);
  return byObjective;
}

/** The objective's measurements, oldest first (by date, then by order of entry). */
export function measurementsOf(workshop: Pick<Workshop, 'impact'>, objectiveId: string): Measurement[] {
  return [...(measurementsByObjective(workshop.impact.measurements).get(objectiveId) ?? [])];
}

export function latestMeasurement(workshop: Pick<Workshop, 'impact'>, objectiveId: string): Measurement | null {
  const all = measurementsByObjective(workshop.impact.measurements).get(objectiveId) ?? [];
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
  // `+ 0` turns -0 (no progress toward a lower target) into 0, so it never shows as "-0 %".
  return (value - objective.baseline) / span + 0;
}

/** A fraction (see `progressToTarget`) as a whole percentage; null stays null. */
export function percentOf(fraction: number | null): number | null {
  return fraction === null ? null : Math.round(fraction * 100) + 0;
}

export type ObjectiveProgress =
  /** Nothing measured yet. */
  | { kind: 'no-data' }
  /** Measured, but baseline equals target: there is no distance to cover. */
  | { kind: 'no-span'; latest: Measurement }
  /** Measured: `fraction` from baseline (0) to target (1), unclamped; `reached` when at or past the target. */
  | { kind: 'measured'; latest: Measurement; fraction: number; percent: number; reached: boolean };

/** Where an objective stands: its latest measurement and how far it went from baseline toward target. */
export function objectiveProgress(
  workshop: Pick<Workshop, 'impact'>,
  objective: Pick<Objective, 'id' | 'baseline' | 'target'>,
): ObjectiveProgress {
  const latest = latestMeasurement(workshop, objective.id);
  if (!latest) return { kind: 'no-data' };
  const fraction = progressToTarget(objective, latest.value);
  if (fraction === null) return { kind: 'no-span', latest };
  return { kind: 'measured', latest, fraction, percent: Math.round(fraction * 100) + 0, reached: fraction >= 1 };
}

/** A fraction clamped to 0…1, for drawing a progress bar. */
export function clampFraction(fraction: number): number {
  return Math.min(1, Math.max(0, fraction));
}
