import type { AskKind, AskStatus, MemberRole } from '../schema';

export { ACTIVITY_TYPE_LABELS } from './activity-types';

/** How people name the roles of members: one of them, and a group of them. */
export const ROLE_LABELS: Readonly<Record<MemberRole, { one: string; many: string }>> = {
  core: { one: 'Core', many: 'Core members' },
  active: { one: 'Active', many: 'Active members' },
  occasional: { one: 'Occasional', many: 'Occasional members' },
  sponsor: { one: 'Sponsor', many: 'Sponsors' },
};

export const ASK_KIND_LABELS: Readonly<Record<AskKind, string>> = {
  'dedicated-time': 'Dedicated time',
  budget: 'Budget',
  room: 'Room',
  tooling: 'Tooling',
  other: 'Other',
};

export const ASK_STATUS_LABELS: Readonly<Record<AskStatus, string>> = {
  draft: 'Draft',
  asked: 'Asked',
  granted: 'Granted',
  refused: 'Refused',
};
