import {
  HEALTH_DIMENSIONS,
  HEALTH_LEVELS,
  HEALTH_TRENDS,
  type HealthCheck,
  type HealthDimension,
  type HealthLevel,
  type HealthTally,
  type HealthTrend,
  type Workshop,
} from '../schema';
import { newId } from './ids';

export { HEALTH_DIMENSIONS, HEALTH_LEVELS, HEALTH_TRENDS };

/**
 * The community's health check: each dimension answered with a level (good, mixed, poor) and a trend (better,
 * same, worse). Only counts are kept, never who said what. `healthCheckReport` is THE reading of the numbers:
 * the Impact view, the projector and the PDF all call it.
 */

/** One person's answer to one dimension (from a phone, or one mark of the facilitator's tally). */
export interface HealthAnswer {
  dimension: HealthDimension;
  level: HealthLevel;
  trend: HealthTrend;
}

const emptyTally = (dimension: HealthDimension): HealthTally => ({
  dimension,
  levels: { good: 0, mixed: 0, poor: 0 },
  trends: { better: 0, same: 0, worse: 0 },
});

/** Starts a health check (hidden until revealed) in the open workshop. Returns its id. Mutates `draft`. */
export function startHealthCheck(draft: Workshop, date: string, dimensions: readonly HealthDimension[] = HEALTH_DIMENSIONS): string {
  const id = newId();
  draft.community.healthChecks.push({
    id,
    date,
    workshopId: draft.community.openWorkshop.id,
    tallies: dimensions.map(emptyTally),
    respondents: 0,
    revealed: false,
  });
  return id;
}

/** Adds one person's answers (anonymous: only the counts change). Unknown dimensions are ignored. Mutates `draft`. */
export function addHealthAnswers(draft: Workshop, checkId: string, answers: readonly HealthAnswer[]): boolean {
  const check = draft.community.healthChecks.find((c) => c.id === checkId);
  if (!check || answers.length === 0) return false;
  let counted = false;
  for (const answer of answers) {
    const tally = check.tallies.find((t) => t.dimension === answer.dimension);
    if (!tally) continue;
    tally.levels[answer.level] += 1;
    tally.trends[answer.trend] += 1;
    counted = true;
  }
  if (counted) check.respondents += 1;
  return counted;
}

/** Sets the facilitator's tally of one dimension (hands counted in the room). Mutates `draft`. */
export function setHealthTally(draft: Workshop, checkId: string, tally: HealthTally): void {
  const check = draft.community.healthChecks.find((c) => c.id === checkId);
  const index = check?.tallies.findIndex((t) => t.dimension === tally.dimension) ?? -1;
  if (!check || index < 0) return;
  check.tallies[index] = structuredClone(tally);
  // A tally's respondents: the most answers any dimension got (people may skip a dimension, never answer twice).
  check.respondents = Math.max(
    ...check.tallies.map((t) => Math.max(t.levels.good + t.levels.mixed + t.levels.poor, t.trends.better + t.trends.same + t.trends.worse)),
  );
}

export function setHealthRevealed(draft: Workshop, checkId: string, revealed: boolean): void {
  const check = draft.community.healthChecks.find((c) => c.id === checkId);
  if (check) check.revealed = revealed;
}

export function deleteHealthCheck(draft: Workshop, checkId: string): void {
  draft.community.healthChecks = draft.community.healthChecks.filter((c) => c.id !== checkId);
}

/** Health checks, oldest first (by date, then in the order they were taken). */
export function healthChecksInOrder(doc: Pick<Workshop, 'community'>): HealthCheck[] {
  return doc.community.healthChecks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.date.localeCompare(b.c.date) || a.i - b.i)
    .map(({ c }) => c);
}

/** The health check the room works on now: the latest one of the open workshop, or null. */
export function currentHealthCheck(doc: Pick<Workshop, 'community'>): HealthCheck | null {
  const ofWorkshop = healthChecksInOrder(doc).filter((c) => c.workshopId === doc.community.openWorkshop.id);
  return ofWorkshop[ofWorkshop.length - 1] ?? null;
}

/** How the score moved since the previous check. */
export type HealthDirection = 'up' | 'down' | 'steady' | 'new';

export interface HealthDimensionResult {
  dimension: HealthDimension;
  levels: Record<HealthLevel, number>;
  trends: Record<HealthTrend, number>;
  /** Answers for this dimension. */
  answers: number;
  /** 0–100: good counts 100, mixed 50, poor 0; null without answers. */
  score: number | null;
  /** The same dimension's score at the previous check that answered it; null when there is none. */
  previousScore: number | null;
  /** score − previousScore, rounded; null when either is unknown. */
  change: number | null;
  direction: HealthDirection;
  /** What the room said of the trend: better answers minus worse answers, over the answers (−100…100). */
  felt: number | null;
}

export interface HealthCheckReport {
  checkId: string;
  date: string;
  respondents: number;
  revealed: boolean;
  /** The check compared with (the previous one by date), or null for the first. */
  previous: { checkId: string; date: string } | null;
  dimensions: HealthDimensionResult[];
  /** Mean of the dimensions' scores (those answered); null when none was. */
  overall: number | null;
  previousOverall: number | null;
  /** The scores of this check and the checks before it (at most `TREND_CHECKS`), oldest first: the trend chart. */
  history: HealthHistory;
}

/** How many checks the trend chart shows at most (the latest ones): it stays readable on a projector. */
export const TREND_CHECKS = 6;

/** The scores over several checks, oldest first: one column per check, one row per dimension. */
export interface HealthHistory {
  checks: { checkId: string; date: string; respondents: number; overall: number | null }[];
  /** Per dimension answered in any of these checks (in the order of `HEALTH_DIMENSIONS`): its score at each check, null when not answered. */
  dimensions: { dimension: HealthDimension; scores: (number | null)[] }[];
}

/** A change of less than this many points (of 100) is "steady". */
export const STEADY_WITHIN = 5;

function scoreOf(t: HealthTally): number | null {
  const n = t.levels.good + t.levels.mixed + t.levels.poor;
  return n === 0 ? null : Math.round(((t.levels.good + t.levels.mixed * 0.5) / n) * 100);
}

const mean = (values: readonly (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.round(known.reduce((a, b) => a + b, 0) / known.length);
};

/**
 * The results of a health check (default: the latest) with the trend against the checks before it: per
 * dimension, the counts, a score, the previous score and the direction. The one function every view of the
 * numbers calls (Impact view, projector, PDF).
 */
export function healthCheckReport(doc: Pick<Workshop, 'community'>, checkId?: string): HealthCheckReport | null {
  const checks = healthChecksInOrder(doc);
  const index = checkId === undefined ? checks.length - 1 : checks.findIndex((c) => c.id === checkId);
  const check = checks[index];
  if (!check) return null;
  const before = checks.slice(0, index);
  const previousCheck = before[before.length - 1] ?? null;
  const previousScoreOf = (dimension: HealthDimension): number | null => {
    for (let i = before.length - 1; i >= 0; i--) {
      const tally = before[i]!.tallies.find((t) => t.dimension === dimension);
      const score = tally ? scoreOf(tally) : null;
      if (score !== null) return score;
    }
    return null;
  };
  const dimensions = check.tallies.map((t): HealthDimensionResult => {
    const answers = t.levels.good + t.levels.mixed + t.levels.poor;
    const score = scoreOf(t);
    const previousScore = previousScoreOf(t.dimension);
    const change = score !== null && previousScore !== null ? score - previousScore : null;
    const trendAnswers = t.trends.better + t.trends.same + t.trends.worse;
    return {
      dimension: t.dimension,
      levels: { ...t.levels },
      trends: { ...t.trends },
      answers,
      score,
      previousScore,
      change,
      direction: change === null ? 'new' : change >= STEADY_WITHIN ? 'up' : change <= -STEADY_WITHIN ? 'down' : 'steady',
      felt: trendAnswers === 0 ? null : Math.round(((t.trends.better - t.trends.worse) / trendAnswers) * 100),
    };
  });
  const previousOverall = previousCheck ? mean(previousCheck.tallies.map(scoreOf)) : null;
  const shown = checks.slice(Math.max(0, index + 1 - TREND_CHECKS), index + 1);
  return {
    checkId: check.id,
    date: check.date,
    respondents: check.respondents,
    revealed: check.revealed,
    previous: previousCheck ? { checkId: previousCheck.id, date: previousCheck.date } : null,
    dimensions,
    overall: mean(dimensions.map((d) => d.score)),
    previousOverall,
    history: trendOf(shown),
  };
}

/** The trend over the given checks (oldest first): the scores `healthCheckReport` reads, per dimension and check. */
function trendOf(checks: readonly HealthCheck[]): HealthHistory {
  const scoreAt = (check: HealthCheck, dimension: HealthDimension): number | null => {
    const tally = check.tallies.find((t) => t.dimension === dimension);
    return tally ? scoreOf(tally) : null;
  };
  return {
    checks: checks.map((c) => ({ checkId: c.id, date: c.date, respondents: c.respondents, overall: mean(c.tallies.map(scoreOf)) })),
    // A dimension nobody answered in any of these checks has no line to draw: it is left out.
    dimensions: HEALTH_DIMENSIONS.map((dimension) => ({ dimension, scores: checks.map((c) => scoreAt(c, dimension)) })).filter((d) =>
      d.scores.some((s) => s !== null),
    ),
  };
}

/** Whether a trend has something to draw: at least two checks with an answer. */
export const trendHasHistory = (trend: HealthHistory): boolean => trend.checks.filter((c) => c.overall !== null).length >= 2;
