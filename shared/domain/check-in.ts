import type { Member, MemberRole, Workshop } from '../schema';
import { newId } from './ids';

/** Marks a member present at (or absent from) this workshop. Mutates `draft`. */
export function setPresent(draft: Workshop, memberId: string, present: boolean): void {
  const ids = draft.meta.participantIds;
  const index = ids.indexOf(memberId);
  if (present && index === -1 && draft.members.some((m) => m.id === memberId)) ids.push(memberId);
  if (!present && index !== -1) ids.splice(index, 1);
}

/** Check-in of someone who is not a member yet: adds the member and marks them present. Returns the new id. */
export function addParticipant(
  draft: Workshop,
  person: { name: string; team?: string; role?: MemberRole },
  joined: string | null,
): string {
  const member: Member = {
    id: newId(),
    name: person.name.trim().slice(0, 120),
    team: (person.team ?? '').trim().slice(0, 120),
    role: person.role ?? 'occasional',
    interests: [],
    joined,
    contact: '',
  };
  draft.members.push(member);
  draft.meta.participantIds.push(member.id);
  return member.id;
}
