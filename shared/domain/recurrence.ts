import type { Activity } from '../schema';

/**
 * Recurring activities: an activity with a date and a `recurrence` happens again every week or every month from
 * that date. Calendar dates only (`YYYY-MM-DD`, computed in UTC so no time zone moves them).
 */

const toTime = (date: string) => Date.parse(`${date}T12:00:00Z`);
const pad = (n: number) => String(n).padStart(2, '0');
/** The calendar date of a UTC time (the arithmetic here is on calendar days, at noon UTC). */
const toDate = (time: number) => {
  const d = new Date(time);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** The date `n` periods after `start`; a monthly date past the month's end falls on its last day (31 Jan → 28 Feb). */
export function occurrenceAfter(start: string, every: 'week' | 'month', n: number): string {
  if (every === 'week') return toDate(toTime(start) + n * 7 * 86_400_000);
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + n;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return toDate(Date.UTC(year, month, Math.min(d, lastDay), 12));
}

/** The next `count` dates of an activity on or after `today` (one date for a one-off activity still to come). */
export function nextOccurrences(activity: Pick<Activity, 'date' | 'recurrence'>, today: string, count = 3): string[] {
  if (!activity.date || count <= 0) return [];
  const every = activity.recurrence?.every;
  if (!every) return activity.date >= today ? [activity.date] : [];
  const out: string[] = [];
  // Jump close to today first, so an activity started years ago is not walked week by week.
  const periods = every === 'week' ? 7 * 86_400_000 : 31 * 86_400_000;
  let n = Math.max(0, Math.floor((toTime(today) - toTime(activity.date)) / periods) - 1);
  for (let guard = 0; out.length < count && guard < 10_000; guard++, n++) {
    const date = occurrenceAfter(activity.date, every, n);
    if (date >= today) out.push(date);
  }
  return out;
}
