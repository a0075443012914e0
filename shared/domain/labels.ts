import type { Translate } from '../i18n';
import type { ActivityType, AskKind, AskStatus, MemberRole } from '../schema';

/** How people name one member of a role ("Core", "Sponsor"), in the language of `t`. */
export const roleLabel = (t: Translate, role: MemberRole): string => t(`labels.role.${role}`);
/** How people name the members of a role together ("Core members", "Sponsors"). */
export const roleGroupLabel = (t: Translate, role: MemberRole): string => t(`labels.roleGroup.${role}`);
/** The readable name of an activity type ("Code kata"). */
export const activityTypeLabel = (t: Translate, type: ActivityType): string => t(`labels.activityType.${type}`);
export const askKindLabel = (t: Translate, kind: AskKind): string => t(`labels.askKind.${kind}`);
export const askStatusLabel = (t: Translate, status: AskStatus): string => t(`labels.askStatus.${status}`);
