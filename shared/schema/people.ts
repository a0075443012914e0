import { z } from 'zod';
import { IdSchema, IsoDateSchema, shortText } from './primitives';
import { LIMITS } from './limits';

export const MEMBER_ROLES = ['core', 'active', 'occasional', 'sponsor'] as const;
export const MemberRoleSchema = z.enum(MEMBER_ROLES);
export type MemberRole = z.infer<typeof MemberRoleSchema>;

export const MemberSchema = z.object({
  id: IdSchema,
  name: shortText(LIMITS.member.name).min(1, 'a member needs a name'),
  team: shortText(LIMITS.member.team),
  role: MemberRoleSchema,
  interests: z.array(shortText(LIMITS.member.interest)).max(LIMITS.member.interests),
  joined: IsoDateSchema.nullable(),
  contact: shortText(LIMITS.member.contact),
});
export type Member = z.infer<typeof MemberSchema>;
