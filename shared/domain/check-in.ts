import type { Member, MemberRole, Workshop } from '../schema';
import { newMember } from './entities';
import { LIMITS } from '../schema/limits';

/**
 * Marks a member present at (or absent from) this workshop. Mutates `draft`.
 * Check-in feeds the dot vote: a present member (not a sponsor) becomes a voter; a member marked absent stops
 * being one, unless they already placed dots (those are never thrown away by a check-in).
 */
export function setPresent(draft: Workshop, memberId: string, present: boolean): void {
  const ids = draft.meta.participantIds;
  const index = ids.indexOf(memberId);
  const member = draft.members.find((m) => m.id === memberId);
  if (present && index === -1 && member) ids.push(memberId);
  if (!present && index !== -1) ids.splice(index, 1);
  const voters = draft.canvas.voting.participantIds;
  const voterIndex = voters.indexOf(memberId);
  if (present && voterIndex === -1 && member && member.role !== 'sponsor') voters.push(memberId);
  if (!present && voterIndex !== -1 && !draft.canvas.votes.some((v) => v.participantId === memberId)) voters.splice(voterIndex, 1);
}

/** The people the dot vote offers: its voters, then the present members who are not sponsors. */
export function offeredVoters(w: Pick<Workshop, 'members' | 'meta' | 'canvas'>): Member[] {
  const voters = new Set(w.canvas.voting.participantIds);
  const present = new Set(w.meta.participantIds);
  return w.members.filter((m) => voters.has(m.id) || (present.has(m.id) && m.role !== 'sponsor'));
}

/** Check-in of someone who is not a member yet: adds the member and marks them present. Returns the new id. */
export function addParticipant(draft: Workshop, person: { name: string; team?: string; role?: MemberRole }, joined: string | null): string {
  const member = newMember({
    name: person.name.trim().slice(0, LIMITS.member.name),
    team: (person.team ?? '').trim().slice(0, LIMITS.member.team),
    role: person.role ?? 'occasional',
    joined,
  });
  draft.members.push(member);
  draft.meta.participantIds.push(member.id);
  if (member.role !== 'sponsor') draft.canvas.voting.participantIds.push(member.id);
  return member.id;
}
