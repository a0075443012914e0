import type { ActivityType, AskKind, AskStatus, MemberRole } from '../../../shared/schema';

export const ROLE_LABELS: Record<MemberRole, { one: string; many: string }> = {
  core: { one: 'Core', many: 'Core members' },
  active: { one: 'Active', many: 'Active members' },
  occasional: { one: 'Occasional', many: 'Occasional members' },
  sponsor: { one: 'Sponsor', many: 'Sponsors' },
};

export const ASK_KIND_LABELS: Record<AskKind, string> = {
  'dedicated-time': 'Dedicated time',
  budget: 'Budget',
  room: 'Room',
  tooling: 'Tooling',
  other: 'Other',
};

export const ASK_STATUS_LABELS: Record<AskStatus, string> = {
  draft: 'Draft',
  asked: 'Asked',
  granted: 'Granted',
  refused: 'Refused',
};

export const ACTIVITY_TYPE_LABELS: Record<ActivityType, string> = {
  'brown-bag-lunch': 'Brown bag lunch',
  'code-kata': 'Code kata',
  'help-another-team': 'Help another team',
  training: 'Training',
  'internal-open-source': 'Internal open source',
  meetup: 'Meetup',
  other: 'Other',
};

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
