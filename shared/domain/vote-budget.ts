import type { Canvas, VoteTarget, Workshop } from '../schema';
import { forgetCanvasItems } from './canvas-references';
import { newMember } from './entities';
import { newId } from './ids';
import { LIMITS } from '../schema/limits';

type VotingCanvas = Pick<Canvas, 'votes' | 'voting' | 'notes' | 'themes'>;

export interface Budget {
  total: number;
  used: number;
  remaining: number;
}

/** A participant's dots: how many they have, have placed and have left. */
export function budgetOf(canvas: VotingCanvas, participantId: string): Budget {
  const total = canvas.voting.dotsPerParticipant;
  const used = canvas.votes.filter((vote) => vote.participantId === participantId).length;
  return { total, used, remaining: Math.max(0, total - used) };
}

/** Dots one participant placed on one target. */
export function dotsOn(canvas: Pick<Canvas, 'votes'>, participantId: string, target: VoteTarget): number {
  return canvas.votes.filter(
    (vote) => vote.participantId === participantId && vote.target.kind === target.kind && vote.target.id === target.id,
  ).length;
}

export type VoteRefusal = 'not-a-participant' | 'no-dots-left' | 'cap-reached' | 'no-such-target';

/** Why a dot may not be placed, or null when it may. */
export function whyNotVote(canvas: VotingCanvas, participantId: string, target: VoteTarget): VoteRefusal | null {
  if (!canvas.voting.participantIds.includes(participantId)) return 'not-a-participant';
  const exists = target.kind === 'note' ? canvas.notes.some((n) => n.id === target.id) : canvas.themes.some((t) => t.id === target.id);
  if (!exists) return 'no-such-target';
  if (budgetOf(canvas, participantId).remaining <= 0) return 'no-dots-left';
  const cap = canvas.voting.maxDotsPerTarget;
  if (cap !== null && dotsOn(canvas, participantId, target) >= cap) return 'cap-reached';
  return null;
}

/** Places one dot (mutates the canvas draft). Returns the refusal, or null when the dot was placed. */
export function castVote(canvas: Canvas, participantId: string, target: VoteTarget): VoteRefusal | null {
  const refusal = whyNotVote(canvas, participantId, target);
  if (refusal) return refusal;
  canvas.votes.push({ id: newId(), participantId, target: { kind: target.kind, id: target.id } });
  return null;
}

/** Takes back one of a participant's dots from a target. Returns whether there was one. */
export function withdrawVote(canvas: Canvas, participantId: string, target: VoteTarget): boolean {
  for (let i = canvas.votes.length - 1; i >= 0; i--) {
    const vote = canvas.votes[i]!;
    if (vote.participantId === participantId && vote.target.kind === target.kind && vote.target.id === target.id) {
      canvas.votes.splice(i, 1);
      return true;
    }
  }
  return false;
}

/**
 * Lowers or raises the dots per person; when lowered, each participant's latest dots beyond the new budget
 * are taken back so that nobody is over budget.
 */
export function setDotsPerParticipant(canvas: Canvas, dots: number): void {
  canvas.voting.dotsPerParticipant = dots;
  const seen = new Map<string, number>();
  canvas.votes = canvas.votes.filter((vote) => {
    const n = (seen.get(vote.participantId) ?? 0) + 1;
    seen.set(vote.participantId, n);
    return n <= dots;
  });
}

/** Removes a voter and their dots. */
export function removeVoter(canvas: Canvas, participantId: string): void {
  canvas.voting.participantIds = canvas.voting.participantIds.filter((id) => id !== participantId);
  canvas.votes = canvas.votes.filter((vote) => vote.participantId !== participantId);
}

/** Adds a member as a voter (and as a participant of the workshop). */
export function addVoter(w: Workshop, memberId: string): void {
  if (!w.members.some((m) => m.id === memberId)) return;
  if (!w.meta.participantIds.includes(memberId)) w.meta.participantIds.push(memberId);
  if (!w.canvas.voting.participantIds.includes(memberId)) w.canvas.voting.participantIds.push(memberId);
}

/** Adds a person by name on the fly: a new `active` member, a participant and a voter. Returns the member's id. */
export function addVoterByName(w: Workshop, name: string, today: string): string | null {
  const trimmed = name.trim().slice(0, LIMITS.member.name);
  if (!trimmed) return null;
  const existing = w.members.find((m) => m.name.toLowerCase() === trimmed.toLowerCase());
  const id = existing?.id ?? newId();
  if (!existing) w.members.push(newMember({ id, name: trimmed, role: 'active', joined: today }));
  addVoter(w, id);
  return id;
}

/** Clears every dot. */
export function clearVotes(w: Workshop): void {
  w.canvas.votes = [];
}

/** The most dots one voter may put on one note or theme (null: no cap). */
export function setMaxDotsPerTarget(canvas: Canvas, dots: number | null): void {
  canvas.voting.maxDotsPerTarget = dots;
}

/** Shows the dots to the room, or hides them again. */
export function setVotesRevealed(canvas: Canvas, revealed: boolean): void {
  canvas.voting.revealed = revealed;
}
