/** Dot-vote settings and voters, each change one undo step; the rules are in `shared/domain/vote-budget`. */
import { tr } from '../common/i18n';
import { today } from '../../shared/domain/iso-date';
import {
  addVoter,
  addVoterByName,
  clearVotes,
  removeVoter,
  setDotsPerParticipant,
  setMaxDotsPerTarget,
  setVotesRevealed,
} from '../../shared/domain/vote-budget';
import { changeWorkshop as change, currentWorkshop } from '../store/workshop-store';

/**
 * Adds a voter by name: the member of that name, else a new active member who joined today; checked in and
 * voting. Returns the member's id (null for an empty name).
 */
export function addVoterNamed(name: string, label: string = tr('canvas.undo.addVoter')): string | null {
  let id: string | null = null;
  change(label, (w) => void (id = addVoterByName(w, name, today())));
  return id;
}

/** Ticks (or unticks) a member in the voters. */
export function setVoter(memberId: string, voting: boolean): void {
  if (voting) change(tr('canvas.undo.addVoter'), (w) => addVoter(w, memberId));
  else change(tr('canvas.undo.removeVoter'), (w) => removeVoter(w.canvas, memberId));
}

export function setDotsPerPerson(dots: number): void {
  change(tr('canvas.undo.dotsPerPerson'), (w) => setDotsPerParticipant(w.canvas, dots));
}

/** The most dots on one item (null: no limit). */
export function setDotLimit(dots: number | null): void {
  change(tr('canvas.undo.cap'), (w) => setMaxDotsPerTarget(w.canvas, dots));
}

/** Reveals the dot vote's results (or hides them again): the voting panel's button and projector mode's key. */
export function toggleVotesRevealed(): void {
  const revealed = currentWorkshop().canvas.voting.revealed;
  change(revealed ? tr('canvas.undo.hideVotes') : tr('canvas.undo.revealVotes'), (w) => setVotesRevealed(w.canvas, !revealed));
}

export function clearAllDots(): void {
  change(tr('canvas.undo.clearDots'), clearVotes);
}
