/**
 * Today (or `now`) as a calendar date where the person is, `YYYY-MM-DD`: the one way the app dates things
 * (a workshop, a member joining, a measurement, a decision). Never `toISOString()`, which is UTC.
 */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The month of an ISO date, `YYYY-MM`. */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}

/** Every month from `first` to `last` (both `YYYY-MM`), inclusive, so a chart has no silent gaps. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = last.split('-').map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** Whether a text has the shape of a date, `YYYY-MM-DD` (what a date field gives, or '' when emptied). */
export const isIsoDate = (text: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(text);
