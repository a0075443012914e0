import { ACTIVITY_TYPES, type Activity, type ActivityType, type Workshop } from '../schema';
import { doneActivities } from './done-activities';
import { monthOf, monthsBetween } from './iso-date';

/** When a done activity happened: its outcome's date, else the activity's own date; null when neither is known. */
export function doneDateOf(workshop: Pick<Workshop, 'impact'>, activity: Activity): string | null {
  const outcome = workshop.impact.outcomes.find((o) => o.activityId === activity.id);
  return outcome?.date ?? activity.date;
}

export interface MonthOfActivities {
  month: string;
  byType: Record<ActivityType, number>;
  total: number;
}

export interface ActivitiesPerMonth {
  months: MonthOfActivities[];
  /** Done activities with no date at all (not on the chart, but said in words). */
  undated: number;
}

const zeroByType = () => Object.fromEntries(ACTIVITY_TYPES.map((t) => [t, 0])) as Record<ActivityType, number>;

/** Done activities counted per month and type, every month from the first to the last (no silent gaps). */
export function activitiesDonePerMonth(workshop: Pick<Workshop, 'impact' | 'backlog'>): ActivitiesPerMonth {
  const dated: { month: string; type: ActivityType }[] = [];
  let undated = 0;
  const outcomeDates = new Map<string, string | null>();
  for (const o of workshop.impact.outcomes) if (!outcomeDates.has(o.activityId)) outcomeDates.set(o.activityId, o.date);
  for (const activity of doneActivities(workshop)) {
    const date = outcomeDates.get(activity.id) ?? activity.date;
    if (date) dated.push({ month: monthOf(date), type: activity.type });
    else undated += 1;
  }
  if (dated.length === 0) return { months: [], undated };
  const sorted = dated.map((d) => d.month).sort();
  const months = monthsBetween(sorted[0]!, sorted[sorted.length - 1]!).map((month): MonthOfActivities => ({
    month,
    byType: zeroByType(),
    total: 0,
  }));
  const index = new Map(months.map((m) => [m.month, m]));
  for (const { month, type } of dated) {
    const entry = index.get(month)!;
    entry.byType[type] += 1;
    entry.total += 1;
  }
  return { months, undated };
}

export interface AttendancePoint {
  date: string;
  attendance: number;
  activityTitle: string;
}

/** Attendance of every outcome that has a date and an attendance, oldest first. */
export function attendanceOverTime(workshop: Pick<Workshop, 'impact' | 'backlog'>): AttendancePoint[] {
  const titles = new Map(workshop.backlog.activities.map((a) => [a.id, a.title]));
  return workshop.impact.outcomes
    .map((o, index) => ({ o, index }))
    .filter(({ o }) => o.date !== null && o.attendance !== null)
    .sort((a, b) => a.o.date!.localeCompare(b.o.date!) || a.index - b.index)
    .map(({ o }) => ({ date: o.date!, attendance: o.attendance!, activityTitle: titles.get(o.activityId) ?? '' }));
}
