import { formatDate as formatCalendarDate } from '../../shared/summary/format';

export { ACTIVITY_TYPE_LABELS, ASK_KIND_LABELS, ASK_STATUS_LABELS, ROLE_LABELS } from '../../shared/domain/labels';

/** "24 Nov 2026" from "2026-11-24"; stable whatever the machine's time zone. */
export function formatDate(iso: string | null): string {
  return iso ? formatCalendarDate(iso) : '';
}

/** "Nov 2026" from "2026-11". */
export function formatMonth(month: string): string {
  const date = new Date(`${month}-15T12:00:00Z`);
  return date.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function formatNumber(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}
