import type { Member, Workshop } from '../schema';
import { editOrAdd, newMember } from './entities';

/** What a person edits on a member (all but the id). */
export type MemberFields = Omit<Member, 'id'>;

/** Saves the member dialog: edits the member `memberId` (or adds one). Mutates `draft`; returns the member's id. */
export function saveMember(draft: Workshop, memberId: string | null, fields: MemberFields): string {
  return editOrAdd(draft.members, memberId, fields, newMember).id;
}
