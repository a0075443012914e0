import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkshopSchema } from '../../../shared/schema';
import { ROOM_LIMITS } from '../../../shared/room/protocol';
import { revealNotes } from '../../../shared/domain/room-contributions';
import { Phone, roomWorkshop, startRoom, type Harness } from './room-harness';

let h: Harness;
let ada: Phone;
let grace: Phone;
const SECRET = 'Grace keeps this face down';

beforeAll(async () => {
  h = await startRoom(roomWorkshop(['Ada', 'Grace']));
  const join = async (name: string) => {
    const p = new Phone(h.socketUrl());
    await p.opened;
    await p.join({ memberId: h.workshop().members.find((m) => m.name === name)!.id });
    await p.until(() => p.view !== null);
    return p;
  };
  ada = await join('Ada');
  grace = await join('Grace');
  await grace.request({ type: 'note.add', text: SECRET, zoneId: null });
  await h.settled();
});

afterAll(async () => {
  await ada.close();
  await grace.close();
  await h.close();
});

const answers = (p: Phone) => p.messages.filter((m) => m.type === 'ack' || m.type === 'error').length;

describe('room protocol fuzz', () => {
  it("1,000 random messages: each answered, nothing but the sender's own notes and dots written, no hidden text leaked", async () => {
    const w = h.workshop();
    const graceNote = w.canvas.notes[0]!.id;
    const zoneIds = w.canvas.zones.map((z) => z.id);
    const memberIds = w.members.map((m) => m.id);
    const id = fc.oneof(fc.constantFrom(graceNote, ...zoneIds, ...memberIds), fc.string({ maxLength: 120 }), fc.uuid());
    const structured = fc
      .record(
        {
          type: fc.constantFrom('join', 'note.add', 'note.edit', 'note.withdraw', 'vote.add', 'vote.remove', 'ping', 'admin', '__proto__'),
          ref: fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.string({ maxLength: 5 })),
          text: fc.oneof(fc.string({ maxLength: ROOM_LIMITS.maxNoteChars + 20 }), fc.constant('<script>alert(1)</script>')),
          zoneId: fc.oneof(fc.constant(null), id),
          noteId: id,
          memberId: id,
          name: fc.string({ maxLength: 80 }),
          resume: fc.string({ maxLength: 60 }),
          target: fc.record({ kind: fc.constantFrom('note', 'theme', 'member'), id }, { requiredKeys: [] }),
          extra: fc.jsonValue({ maxDepth: 2 }),
        },
        { requiredKeys: ['type'] },
      )
      .map((m) => JSON.stringify(m));
    const anyJson = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null');
    const garbage = fc.string({ maxLength: 200 });
    const messages = fc.sample(
      fc.oneof({ arbitrary: structured, weight: 6 }, { arbitrary: anyJson, weight: 2 }, { arbitrary: garbage, weight: 1 }),
      {
        numRuns: 1_000,
        seed: 17,
      },
    );
    expect(messages).toHaveLength(1_000);
    for (const [index, raw] of messages.entries()) {
      if (index === 500) {
        // Half way: the facilitator reveals and moves to the dot vote.
        h.change((draft) => {
          revealNotes(draft);
          draft.agenda.currentStepId = draft.agenda.steps.find((s) => s.mode === 'voting')!.id;
        });
      }
      h.clock.now += 1_000; // simulated time: never over the rate
      const before = answers(ada);
      ada.sendRaw(raw.slice(0, ROOM_LIMITS.maxMessageBytes - 1));
      await ada.until(() => answers(ada) > before || ada.closed !== null);
      expect(ada.closed).toBeNull();
    }
    await h.settled();
    const doc = h.workshop();
    expect(WorkshopSchema.safeParse(doc).success).toBe(true);
    const adaId = doc.members.find((m) => m.name === 'Ada')!.id;
    const graceId = doc.members.find((m) => m.name === 'Grace')!.id;
    for (const note of doc.canvas.notes) expect([adaId, graceId]).toContain(note.authorMemberId);
    expect(doc.canvas.notes.find((n) => n.id === graceNote)?.text).toBe(SECRET);
    expect(doc.canvas.votes.every((v) => v.participantId === adaId)).toBe(true);
    expect(doc.canvas.votes.length).toBeLessThanOrEqual(doc.canvas.voting.dotsPerParticipant);
    // Until the reveal at message 500, Ada never received Grace's text.
    const beforeReveal = ada.messages.slice(
      0,
      ada.messages.findIndex((m) => m.type === 'view' && m.view.step.kind === 'vote'),
    );
    expect(JSON.stringify(beforeReveal)).not.toContain(SECRET);
    expect(await ada.request({ type: 'ping' })).toMatchObject({ type: 'ack' });
  });
});
