import type { Translate } from '../i18n';
import { translator } from '../i18n';
import type { ActivityType, AskKind, AskStatus, MemberRole } from '../schema';

/** How people name one member of a role ("Core", "Sponsor"), in the language of `t`. */
export const roleLabel = (t: Translate, role: MemberRole): string => t(`labels.role.${role}`);
/** How people name the members of a role together ("Core members", "Sponsors"). */
export const roleGroupLabel = (t: Translate, role: MemberRole): string => t(`labels.roleGroup.${role}`);
/** The readable name of an activity type ("Code kata"). */
export const activityTypeLabel = (t: Translate, type: ActivityType): string => t(`labels.activityType.${type}`);
export const askKindLabel = (t: Translate, kind: AskKind): string => t(`labels.askKind.${kind}`);
export const askStatusLabel = (t: Translate, status: AskStatus): string => t(`labels.askStatus.${status}`);

// The summary gets its own language in issue 15's summary step; until then it reads these labels in English.
const english = translator('en');
export { ACTIVITY_TYPE_LABELS } from './activity-types';

/** English role names, for the summary (see above). */
export const ROLE_LABELS: Readonly<Record<MemberRole, { one: string; many: string }>> = {
  core: { one: roleLabel(english, 'core'), many: roleGroupLabel(english, 'core') },
  active: { one: roleLabel(english, 'active'), many: roleGroupLabel(english, 'active') },
  occasional: { one: roleLabel(english, 'occasional'), many: roleGroupLabel(english, 'occasional') },
  sponsor: { one: roleLabel(english, 'sponsor'), many: roleGroupLabel(english, 'sponsor') },
};

/** English ask kinds and statuses, for the summary (see above). */
export const ASK_KIND_LABELS: Readonly<Record<AskKind, string>> = {
  'dedicated-time': askKindLabel(english, 'dedicated-time'),
  budget: askKindLabel(english, 'budget'),
  room: askKindLabel(english, 'room'),
  tooling: askKindLabel(english, 'tooling'),
  other: askKindLabel(english, 'other'),
};

export const ASK_STATUS_LABELS: Readonly<Record<AskStatus, string>> = {
  draft: askStatusLabel(english, 'draft'),
  asked: askStatusLabel(english, 'asked'),
  granted: askStatusLabel(english, 'granted'),
  refused: askStatusLabel(english, 'refused'),
};
