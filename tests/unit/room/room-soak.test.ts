import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { revealNotes } from '../../../shared/domain/room-contributions';
import { WorkshopSchema } from '../../../shared/schema';
import { Phone, roomWorkshop, startRoom, type Harness } from './room-harness';

const PHONES = 30;
const NOTES_EACH = 20;
const SIMULATED_MS = 60_000;

let h: Harness | null = null;
const phones: Phone[] = [];
afterAll(async () => {
  await Promise.all(phones.map((p) => p.close()));
  await h?.close();
});

describe('room soak', () => {
  it(`${PHONES} phones × ${NOTES_EACH} notes and their dots over a simulated minute: the document holds exactly what was sent`, async () => {
    const names = Array.from({ length: PHONES }, (_, i) => `Participant ${i + 1}`);
    h = await startRoom(roomWorkshop(names));
    const harness = h;
    const zones = harness.workshop().canvas.zones;
    for (const name of names) {
      const phone = new Phone(harness.socketUrl());
      phones.push(phone);
      await phone.opened;
      await phone.join({ memberId: harness.workshop().members.find((m) => m.name === name)!.id });
    }
    const totalMessages = PHONES * NOTES_EACH + PHONES * 3;
    const tick = SIMULATED_MS / totalMessages;
    const sent: { author: string; text: string; zoneId: string }[] = [];
    const noteIds = new Map<string, string>();
    // Round by round, every phone sends a note at once; the simulated clock moves on between messages.
    for (let round = 0; round < NOTES_EACH; round++) {
      await Promise.all(
        phones.map(async (phone, i) => {
          harness.clock.now += tick;
          const text = `${names[i]} idea ${round + 1}`;
          const zoneId = zones[(i + round) % zones.length]!.id;
          const answer = await phone.request({ type: 'note.add', text, zoneId });
          expect(answer.type).toBe('ack');
          if (answer.type === 'ack') noteIds.set(text, answer.noteId!);
          sent.push({ author: names[i]!, text, zoneId });
        }),
      );
    }
    await harness.settled();
    harness.change((w) => {
      revealNotes(w);
      w.agenda.currentStepId = w.agenda.steps.find((s) => s.mode === 'voting')!.id;
    });
    const allTexts = [...noteIds.keys()];
    const picks = fc.sample(fc.array(fc.constantFrom(...allTexts), { minLength: 3, maxLength: 3 }), { numRuns: PHONES, seed: 30 });
    const dots: { voter: string; text: string }[] = [];
    for (let d = 0; d < 3; d++) {
      await Promise.all(
        phones.map(async (phone, i) => {
          harness.clock.now += tick;
          const text = picks[i]![d]!;
          const answer = await phone.request({ type: 'vote.add', target: { kind: 'note', id: noteIds.get(text)! } });
          expect(answer.type).toBe('ack');
          dots.push({ voter: names[i]!, text });
        }),
      );
    }
    await harness.settled();
    const doc = harness.workshop();
    expect(WorkshopSchema.safeParse(doc).success).toBe(true);
    const nameOf = new Map(doc.members.map((m) => [m.id, m.name]));
    const textOf = new Map(doc.canvas.notes.map((n) => [n.id, n.text]));
    const byKey = (a: { author?: string; voter?: string; text: string }) => `${a.author ?? a.voter}|${a.text}`;
    expect(
      doc.canvas.notes
        .map((n) => ({ author: n.author!, text: n.text, zoneId: n.zoneId! }))
        .map(byKey)
        .sort(),
    ).toEqual(sent.map(byKey).sort());
    expect(doc.canvas.notes.every((n) => nameOf.get(n.authorMemberId!) === n.author)).toBe(true);
    expect(doc.canvas.notes.map((n) => `${n.text}|${n.zoneId}`).sort()).toEqual(sent.map((s) => `${s.text}|${s.zoneId}`).sort());
    expect(doc.canvas.votes.map((v) => `${nameOf.get(v.participantId)}|${textOf.get(v.target.id)}`).sort()).toEqual(dots.map(byKey).sort());
    // Every phone's own view agrees with the document.
    await Promise.all(phones.map((p) => p.until(() => p.view?.voting.remaining === 0)));
  });
});
