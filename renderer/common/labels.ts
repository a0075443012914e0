export { ACTIVITY_TYPE_LABELS, ASK_KIND_LABELS, ASK_STATUS_LABELS, ROLE_LABELS } from '../../shared/domain/labels';

/** "24 Nov 2026" from "2026-11-24"; stable whatever the machine's time zone. */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(`${iso}T12:00:00Z`);
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "Nov 2026" from "2026-11". */
export function formatMonth(month: string): string {
  const date = new Date(`${month}-15T12:00:00Z`);
  return date.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function formatNumber(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}
