/**
 * The room's rules, pure: what a phone may do in the current step, how an accepted operation changes the
 * projection (so the server can validate the next message before the window has applied this one), and what
 * each phone is allowed to see.
 */
import type { AgendaStep } from '../schema';
import {
  ROOM_LIMITS,
  voteKey,
  type ClientMessage,
  type PhoneHealth,
  type PhoneView,
  type RoomErrorCode,
  type RoomRefusal,
  type RoomOperation,
  type RoomProjection,
  type RoomStepKind,
  type VoteTargetRef,
} from './protocol';

/** The kind of an agenda step as the room sees it: from the view it opens, its mode and (for the canvas) its title. */
export function roomStepKind(
  step: (Pick<AgendaStep, 'view' | 'mode' | 'title'> & { surface?: AgendaStep['surface'] }) | null,
): RoomStepKind {
  if (!step) return 'other';
  if (step.surface === 'health-check') return 'health-check';
  switch (step.view) {
    case 'people':
      return 'check-in';
    case 'goals':
      return 'goals';
    case 'backlog':
      return 'backlog';
    case 'canvas':
      if (step.mode === 'voting') return 'vote';
      if (/vision/i.test(step.title)) return 'vision';
      if (/cluster|theme|group/i.test(step.title)) return 'cluster';
      return 'brainstorm';
    default:
      return 'other';
  }
}

export type OperationDraft = RoomOperation extends infer O ? (O extends { seq: number } ? Omit<O, 'seq'> : never) : never;

export type CheckResult =
  { ok: true; op: OperationDraft } | { ok: false; code: RoomErrorCode; refusal: RoomRefusal; values?: Record<string, string | number> };

/** A refusal: its code, and which sentence of `phone.refusal` tells the person why. */
const refuse = (code: RoomErrorCode, refusal: RoomRefusal, values?: Record<string, string | number>): CheckResult =>
  values ? { ok: false, code, refusal, values } : { ok: false, code, refusal };

function editable(projection: RoomProjection, note: RoomProjection['notes'][number]): boolean {
  return projection.step.kind === 'brainstorm' && (note.faceDown || !projection.privateWriting);
}

function targetVisibleTo(projection: RoomProjection, memberId: string, target: VoteTargetRef): boolean {
  if (target.kind === 'theme') return projection.themes.some((t) => t.id === target.id);
  const note = projection.notes.find((n) => n.id === target.id);
  return Boolean(note && (!note.faceDown || note.authorMemberId === memberId));
}

/**
 * Checks a contribution of an admitted participant (`memberId`, `author`) against the projection, and gives
 * the operation to forward. `newNoteId` names a note the phone adds.
 */
export function checkContribution(
  projection: RoomProjection,
  /** `answeredHealth`: the checks this participant already answered (the server remembers; the document never knows who). */
  participant: { memberId: string; author: string; answeredHealth?: ReadonlySet<string> },
  message: Exclude<ClientMessage, { type: 'join' } | { type: 'ping' }>,
  newNoteId: () => string,
): CheckResult {
  const { memberId } = participant;
  const kind = projection.step.kind;
  switch (message.type) {
    case 'note.add': {
      if (kind !== 'brainstorm') return refuse('not-allowed-now', 'notesDuringBrainstorm');
      if (message.zoneId !== null && !projection.zones.some((z) => z.id === message.zoneId)) {
        return refuse('no-such-zone', 'zoneGone');
      }
      const mine = projection.notes.filter((n) => n.authorMemberId === memberId).length;
      if (mine >= ROOM_LIMITS.maxNotesPerParticipant) {
        return refuse('too-many-notes', 'tooManyNotes', { count: ROOM_LIMITS.maxNotesPerParticipant });
      }
      if (projection.notes.length >= 20_000) return refuse('too-many-notes', 'canvasFull');
      return {
        ok: true,
        op: {
          kind: 'note.add',
          memberId,
          author: participant.author,
          noteId: newNoteId(),
          text: message.text.trim(),
          zoneId: message.zoneId ?? projection.step.zoneId,
          faceDown: projection.privateWriting,
        },
      };
    }
    case 'note.edit':
    case 'note.withdraw': {
      const note = projection.notes.find((n) => n.id === message.noteId);
      if (!note) return refuse('no-such-note', 'noteGone');
      if (note.authorMemberId !== memberId) return refuse('not-yours', 'notYours');
      if (!editable(projection, note)) return refuse('not-allowed-now', 'noteRevealed');
      if (message.type === 'note.withdraw') return { ok: true, op: { kind: 'note.withdraw', memberId, noteId: note.id } };
      if (message.zoneId !== null && !projection.zones.some((z) => z.id === message.zoneId)) {
        return refuse('no-such-zone', 'zoneGone');
      }
      return { ok: true, op: { kind: 'note.edit', memberId, noteId: note.id, text: message.text.trim(), zoneId: message.zoneId } };
    }
    case 'vote.add':
    case 'vote.remove': {
      if (kind !== 'vote' || projection.voting.revealed) return refuse('not-allowed-now', 'dotsDuringVote');
      const target = { kind: message.target.kind, id: message.target.id };
      const mineOnTarget = projection.votes.filter((v) => v.memberId === memberId && voteKey(v.target) === voteKey(target)).length;
      if (message.type === 'vote.remove') {
        if (mineOnTarget === 0) return refuse('no-such-target', 'noDotThere');
        return { ok: true, op: { kind: 'vote.remove', memberId, target } };
      }
      if (!targetVisibleTo(projection, memberId, target)) return refuse('no-such-target', 'cannotVoteOnThat');
      const used = projection.votes.filter((v) => v.memberId === memberId).length;
      if (used >= projection.voting.dotsPerParticipant) return refuse('no-dots-left', 'noDotsLeft');
      const cap = projection.voting.maxDotsPerTarget;
      if (cap !== null && mineOnTarget >= cap) return refuse('cap-reached', 'capReached', { count: cap });
      return { ok: true, op: { kind: 'vote.add', memberId, target } };
    }
    case 'health.answer': {
      const health = projection.health;
      if (kind !== 'health-check' || !health || health.revealed) {
        return refuse('not-allowed-now', 'healthDuringStep');
      }
      if (message.checkId !== health.checkId) return refuse('not-allowed-now', 'healthOver');
      if (participant.answeredHealth?.has(health.checkId)) return refuse('already-answered', 'healthAnswered');
      const asked = new Set(health.dimensions.map((d) => d.id));
      const answers = message.answers.filter((a) => asked.has(a.dimension));
      if (answers.length === 0) return refuse('malformed', 'answerOneLine');
      return { ok: true, op: { kind: 'health.answer', checkId: health.checkId, answers } };
    }
  }
}

/** Applies an accepted operation to a projection (a copy is returned), as the window will to the document. */
export function applyToProjection(projection: RoomProjection, op: OperationDraft): RoomProjection {
  switch (op.kind) {
    case 'member.join':
      return projection.voting.voterIds.includes(op.memberId)
        ? projection
        : { ...projection, voting: { ...projection.voting, voterIds: [...projection.voting.voterIds, op.memberId] } };
    case 'note.add':
      return {
        ...projection,
        notes: [
          ...projection.notes,
          { id: op.noteId, text: op.text, zoneId: op.zoneId, themeId: null, authorMemberId: op.memberId, faceDown: op.faceDown },
        ],
      };
    case 'note.edit':
      return {
        ...projection,
        notes: projection.notes.map((n) => (n.id === op.noteId ? { ...n, text: op.text, zoneId: op.zoneId } : n)),
      };
    case 'note.withdraw':
      return {
        ...projection,
        notes: projection.notes.filter((n) => n.id !== op.noteId),
        votes: projection.votes.filter((v) => !(v.target.kind === 'note' && v.target.id === op.noteId)),
      };
    case 'vote.add':
      return { ...projection, votes: [...projection.votes, { memberId: op.memberId, target: op.target }] };
    case 'health.answer':
      return projection.health && projection.health.checkId === op.checkId
        ? { ...projection, health: { ...projection.health, respondents: projection.health.respondents + 1 } }
        : projection;
    case 'vote.remove': {
      const key = voteKey(op.target);
      let index = -1;
      projection.votes.forEach((v, i) => {
        if (v.memberId === op.memberId && voteKey(v.target) === key) index = i;
      });
      if (index === -1) return projection;
      return { ...projection, votes: projection.votes.filter((_, i) => i !== index) };
    }
  }
}

/** What one participant's phone receives. Others' face-down notes are counted, never sent; others' dots only as revealed totals. */
export function phoneViewOf(projection: RoomProjection, memberId: string, name: string, answeredHealth?: ReadonlySet<string>): PhoneView {
  const myNotes: PhoneView['myNotes'] = [];
  const board: PhoneView['board'] = [];
  let hiddenNotes = 0;
  for (const note of projection.notes) {
    const mine = note.authorMemberId === memberId;
    if (mine)
      myNotes.push({ id: note.id, text: note.text, zoneId: note.zoneId, faceDown: note.faceDown, editable: editable(projection, note) });
    if (!note.faceDown) board.push({ id: note.id, text: note.text, zoneId: note.zoneId, themeId: note.themeId, mine });
    else if (!mine) hiddenNotes += 1;
  }
  const mineDots: Record<string, number> = {};
  let used = 0;
  for (const vote of projection.votes) {
    if (vote.memberId !== memberId) continue;
    used += 1;
    const key = voteKey(vote.target);
    mineDots[key] = (mineDots[key] ?? 0) + 1;
  }
  let totals: Record<string, number> | null = null;
  if (projection.voting.revealed) {
    totals = {};
    for (const vote of projection.votes) {
      const key = voteKey(vote.target);
      totals[key] = (totals[key] ?? 0) + 1;
    }
  }
  return {
    ...(projection.language ? { language: projection.language } : {}),
    step: projection.step,
    me: { name },
    zones: projection.zones,
    myNotes,
    board,
    hiddenNotes,
    themes: projection.themes,
    voting: {
      dots: projection.voting.dotsPerParticipant,
      cap: projection.voting.maxDotsPerTarget,
      remaining: Math.max(0, projection.voting.dotsPerParticipant - used),
      mine: mineDots,
      revealed: projection.voting.revealed,
      totals,
    },
    vision: projection.vision,
    goals: projection.goals,
    backlog: projection.backlog,
    // Counts only, and results only once revealed: a phone never learns who answered what.
    health:
      projection.step.kind === 'health-check' && projection.health
        ? {
            checkId: projection.health.checkId,
            dimensions: projection.health.dimensions,
            labels: projection.health.labels as PhoneHealth['labels'],
            answered: answeredHealth?.has(projection.health.checkId) ?? false,
            respondents: projection.health.respondents,
            revealed: projection.health.revealed,
            results: projection.health.revealed ? projection.health.results : null,
          }
        : null,
  };
}
