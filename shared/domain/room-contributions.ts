import type { Workshop } from '../schema';
import type { RoomOperation } from '../room/protocol';
import { addNote, deleteNotes, freeSpotInZone } from './canvas-notes';
import { addVoter, castVote, withdrawVote } from './vote-budget';
import { addHealthAnswers } from './health-check';
import { zoneOfRect } from './zone-of-point';

/**
 * Room mode (issue 17): a phone's contribution, applied to the document by the same domain functions the
 * facilitator's commands use. Mutates the draft; returns whether anything changed. A note or dot is only ever
 * touched for its own author (`memberId`), whatever the operation says.
 */
export function applyRoomOperation(w: Workshop, op: RoomOperation, now = new Date()): boolean {
  const canvas = w.canvas;
  switch (op.kind) {
    case 'member.join': {
      const before = canvas.voting.participantIds.length + w.meta.participantIds.length;
      addVoter(w, op.memberId);
      return canvas.voting.participantIds.length + w.meta.participantIds.length !== before;
    }
    case 'note.add': {
      if (canvas.notes.some((n) => n.id === op.noteId)) return false;
      if (!w.members.some((m) => m.id === op.memberId)) return false;
      const zone = canvas.zones.find((z) => z.id === op.zoneId) ?? null;
      const spot = zone ? freeSpotInZone(zone, canvas.notes) : freeSpotOutside(w);
      const note = addNote(canvas, spot.x, spot.y, { text: op.text, author: op.author, authorMemberId: op.memberId, now });
      note.id = op.noteId;
      if (op.faceDown) note.faceDown = true;
      return true;
    }
    case 'note.edit': {
      const note = canvas.notes.find((n) => n.id === op.noteId && n.authorMemberId === op.memberId);
      if (!note) return false;
      note.text = op.text;
      if (op.zoneId !== note.zoneId) {
        const zone = canvas.zones.find((z) => z.id === op.zoneId);
        if (zone) {
          const others = canvas.notes.filter((n) => n.id !== note.id);
          const spot = freeSpotInZone(zone, others);
          note.x = spot.x;
          note.y = spot.y;
          note.zoneId = zoneOfRect(canvas.zones, note)?.id ?? null;
        }
      }
      return true;
    }
    case 'note.withdraw': {
      if (!canvas.notes.some((n) => n.id === op.noteId && n.authorMemberId === op.memberId)) return false;
      deleteNotes(w, [op.noteId]);
      return true;
    }
    case 'vote.add':
      return castVote(canvas, op.memberId, op.target) === null;
    case 'vote.remove':
      return withdrawVote(canvas, op.memberId, op.target);
    case 'health.answer':
      // Anonymous: the operation carries no participant, only the answers, which become counts.
      return addHealthAnswers(w, op.checkId, op.answers);
  }
}

/** Below everything on the canvas, for a note sent without a zone. */
function freeSpotOutside(w: Workshop): { x: number; y: number } {
  const bottom = Math.max(0, ...w.canvas.zones.map((z) => z.y + z.height));
  const loose = w.canvas.notes.filter((n) => n.zoneId === null).length;
  return { x: 24 + (loose % 8) * 196, y: bottom + 40 + Math.floor(loose / 8) * 136 };
}

/** Turns every face-down note face up: the room sees the text of the notes written privately. */
export function revealNotes(w: Workshop): number {
  let revealed = 0;
  for (const note of w.canvas.notes) {
    if (note.faceDown) {
      delete note.faceDown;
      revealed += 1;
    }
  }
  return revealed;
}

export const faceDownCount = (w: Pick<Workshop, 'canvas'>) => w.canvas.notes.filter((n) => n.faceDown).length;
