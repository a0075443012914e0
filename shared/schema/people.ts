import { z } from 'zod';
import { IdSchema, IsoDateSchema, shortText } from './primitives';

export const MEMBER_ROLES = ['core', 'active', 'occasional', 'sponsor'] as const;
export const MemberRoleSchema = z.enum(MEMBER_ROLES);
export type MemberRole = z.infer<typeof MemberRoleSchema>;

export const MemberSchema = z.object({
  id: IdSchema,
  name: shortText(120).min(1, 'a member needs a name'),
  team: shortText(120),
  role: MemberRoleSchema,
  interests: z.array(shortText(60)).max(50),
  joined: IsoDateSchema.nullable(),
  contact: shortText(200),
});
export type Member = z.infer<typeof MemberSchema>;
