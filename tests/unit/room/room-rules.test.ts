import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { migrate, WorkshopSchema } from '../../../shared/schema';
import { applyRoomOperation, revealNotes } from '../../../shared/domain/room-contributions';
import { projectWorkshop, zoneNamedBy } from '../../../shared/room/projection';
import { phoneViewOf, roomStepKind } from '../../../shared/room/room-rules';
import { roomWorkshop } from './room-harness';

describe('room rules', () => {
  it('a phone sees its own face-down notes, counts the others, and never their text or dots before reveal', () => {
    let w = roomWorkshop(['Ada', 'Grace']);
    const [ada, grace] = w.members.map((m) => m.id) as [string, string];
    w = produce(w, (d) => {
      applyRoomOperation(d, {
        seq: 1,
        kind: 'note.add',
        memberId: ada,
        author: 'Ada',
        noteId: 'n1',
        text: 'Ada secret',
        zoneId: null,
        faceDown: true,
      });
      applyRoomOperation(d, {
        seq: 2,
        kind: 'note.add',
        memberId: grace,
        author: 'Grace',
        noteId: 'n2',
        text: 'Grace secret',
        zoneId: null,
        faceDown: true,
      });
    });
    const hidden = phoneViewOf(projectWorkshop(w, { lastAppliedOp: 2, privateWriting: true }), grace, 'Grace');
    expect(JSON.stringify(hidden)).not.toContain('Ada secret');
    expect(hidden.myNotes.map((n) => n.text)).toEqual(['Grace secret']);
    expect(hidden.hiddenNotes).toBe(1);
    w = produce(w, (d) => {
      revealNotes(d);
      d.agenda.currentStepId = d.agenda.steps.find((s) => s.mode === 'voting')!.id;
      d.canvas.voting.participantIds = [ada, grace];
      applyRoomOperation(d, { seq: 3, kind: 'vote.add', memberId: ada, target: { kind: 'note', id: 'n2' } });
    });
    const voting = phoneViewOf(projectWorkshop(w, { lastAppliedOp: 3, privateWriting: true }), grace, 'Grace');
    expect(voting.board.map((n) => n.text).sort()).toEqual(['Ada secret', 'Grace secret']);
    expect(voting.voting.totals).toBeNull();
    expect(voting.voting.mine).toEqual({});
    const revealed = phoneViewOf(
      projectWorkshop(
        produce(w, (d) => void (d.canvas.voting.revealed = true)),
        { lastAppliedOp: 3, privateWriting: true },
      ),
      grace,
      'Grace',
    );
    expect(revealed.voting.totals).toEqual({ 'note:n2': 1 });
  });

  it("applying an operation never touches another author's note", () => {
    let w = roomWorkshop(['Ada', 'Grace']);
    const [ada, grace] = w.members.map((m) => m.id) as [string, string];
    w = produce(
      w,
      (d) =>
        void applyRoomOperation(d, {
          seq: 1,
          kind: 'note.add',
          memberId: ada,
          author: 'Ada',
          noteId: 'n1',
          text: 'Mine',
          zoneId: null,
          faceDown: true,
        }),
    );
    const after = produce(w, (d) => {
      expect(applyRoomOperation(d, { seq: 2, kind: 'note.edit', memberId: grace, noteId: 'n1', text: 'Hijack', zoneId: null })).toBe(false);
      expect(applyRoomOperation(d, { seq: 3, kind: 'note.withdraw', memberId: grace, noteId: 'n1' })).toBe(false);
    });
    expect(after.canvas.notes[0]!.text).toBe('Mine');
  });

  it("step kinds come from the step's view, mode and title", () => {
    const steps = roomWorkshop([]).agenda.steps.map((s) => roomStepKind(s));
    expect(steps).toEqual(['check-in', 'brainstorm', 'cluster', 'vote', 'vision', 'goals', 'backlog', 'other', 'other']);
  });

  it('schema version 1 stays compatible: files without faceDown load, face-down notes round-trip', () => {
    const w = roomWorkshop(['Ada']);
    const withNote = produce(
      w,
      (d) =>
        void applyRoomOperation(d, {
          seq: 1,
          kind: 'note.add',
          memberId: d.members[0]!.id,
          author: 'Ada',
          noteId: 'n1',
          text: 'x',
          zoneId: null,
          faceDown: true,
        }),
    );
    const old = JSON.parse(JSON.stringify(withNote));
    delete old.canvas.notes[0].faceDown;
    const loaded = migrate(old);
    expect(loaded.ok && loaded.workshop.canvas.notes[0]!.faceDown).toBeFalsy();
    const again = migrate(JSON.parse(JSON.stringify(withNote)));
    expect(again.ok && again.workshop.canvas.notes[0]!.faceDown).toBe(true);
    expect(
      WorkshopSchema.safeParse({ ...withNote, canvas: { ...withNote.canvas, notes: [{ ...withNote.canvas.notes[0], faceDown: 'yes' }] } })
        .success,
    ).toBe(false);
  });

  it('a step that names a zone sends notes without a zone there', () => {
    const zones = roomWorkshop([]).canvas.zones;
    const risks = zones.find((z) => z.title === 'Risks')!.id;
    expect(zoneNamedBy('Brainstorm: Risks', zones)).toBe(risks);
    expect(zoneNamedBy('Purpose — why are we here?', zones)).toBe(zones.find((z) => z.title.startsWith('Purpose'))!.id);
    expect(zoneNamedBy('Silent brainstorm', zones)).toBeNull();
    expect(zoneNamedBy('Riskless', zones)).toBeNull();
  });
});
