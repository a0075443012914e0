import type { Translate } from '../i18n';
import type { Workshop } from '../schema';

/** What points at a member: what deleting them would change. */
export interface MemberLinks {
  participant: boolean;
  notesAuthored: number;
  votes: number;
  sponsorAsks: number;
  activitiesOwned: number;
}

export function memberLinks(workshop: Workshop, memberId: string): MemberLinks {
  return {
    participant: workshop.meta.participantIds.includes(memberId),
    notesAuthored: workshop.canvas.notes.filter((n) => n.authorMemberId === memberId).length,
    votes: workshop.canvas.votes.filter((v) => v.participantId === memberId).length,
    sponsorAsks: workshop.sponsorAsks.filter((a) => a.sponsorId === memberId).length,
    activitiesOwned: workshop.backlog.activities.filter((a) => a.ownerId === memberId).length,
  };
}

/** Sentences describing the links (in the language of `t`), for the "are you sure?" question; empty when nothing points at the member. */
export function describeMemberLinks(links: MemberLinks, t: Translate): string[] {
  const lines: string[] = [];
  if (links.participant) lines.push(t('people.links.participant'));
  if (links.notesAuthored) lines.push(t('people.links.notesAuthored', { count: links.notesAuthored }));
  if (links.votes) lines.push(t('people.links.votes', { count: links.votes }));
  if (links.sponsorAsks) lines.push(t('people.links.sponsorAsks', { count: links.sponsorAsks }));
  if (links.activitiesOwned) lines.push(t('people.links.activitiesOwned', { count: links.activitiesOwned }));
  return lines;
}

/**
 * Deletes a member and every reference to them, leaving no dangling reference: participant lists, note
 * authorship (the author's name stays as text), votes, sponsor asks and activity owners. Mutates `draft`.
 */
export function deleteMember(draft: Workshop, memberId: string): void {
  draft.members = draft.members.filter((m) => m.id !== memberId);
  draft.meta.participantIds = draft.meta.participantIds.filter((id) => id !== memberId);
  for (const note of draft.canvas.notes) if (note.authorMemberId === memberId) note.authorMemberId = null;
  draft.canvas.votes = draft.canvas.votes.filter((v) => v.participantId !== memberId);
  draft.canvas.voting.participantIds = draft.canvas.voting.participantIds.filter((id) => id !== memberId);
  for (const ask of draft.sponsorAsks) if (ask.sponsorId === memberId) ask.sponsorId = null;
  for (const activity of draft.backlog.activities) if (activity.ownerId === memberId) activity.ownerId = null;
  // The community's other workshops keep their notes (the author's name stays as text) but not the member.
  for (const record of draft.community?.workshops ?? []) {
    record.participantIds = record.participantIds.filter((id) => id !== memberId);
    for (const note of record.canvas.notes) if (note.authorMemberId === memberId) note.authorMemberId = null;
    record.canvas.votes = record.canvas.votes.filter((v) => v.participantId !== memberId);
    record.canvas.voting.participantIds = record.canvas.voting.participantIds.filter((id) => id !== memberId);
  }
}
