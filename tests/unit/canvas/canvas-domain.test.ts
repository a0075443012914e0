import { produce } from 'immer';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addActivityFromCanvas, addGoalFromCanvas } from '../../../shared/domain/canvas-links';
import {
  addNote,
  addNoteInZone,
  contentBounds,
  deleteNotes,
  duplicateNotes,
  freeSpotInZone,
  moveNotes,
  NOTE_HEIGHT,
  NOTE_WIDTH,
  notesIn,
} from '../../../shared/domain/canvas-notes';
import { changeCanvasTemplate, renameZone } from '../../../shared/domain/canvas-template-change';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import { zoneAt, zoneOfRect } from '../../../shared/domain/zone-of-point';
import { WorkshopSchema, type Workshop } from '../../../shared/schema';
import { member } from '../../builders';

const valid = (w: Workshop) => expect(WorkshopSchema.safeParse(w).error?.issues ?? []).toEqual([]);
const zoneNamed = (w: Workshop, title: string) => w.canvas.zones.find((z) => z.title === title)!;

describe('the zone of a point', () => {
  const w = createWorkshop();
  const purpose = zoneNamed(w, 'Purpose (why)');
  const domain = zoneNamed(w, 'Domain (what we care about)');

  test('a point inside a zone is in that zone; the right and bottom edges belong to the next one', () => {
    expect(zoneAt(w.canvas.zones, purpose.x + 1, purpose.y + 1)?.title).toBe('Purpose (why)');
    expect(zoneAt(w.canvas.zones, domain.x, domain.y + 10)?.title).toBe('Domain (what we care about)');
    expect(zoneAt(w.canvas.zones, purpose.x + purpose.width, purpose.y + 10)).toBeNull(); // the gap between zones
  });

  test('outside every zone there is none, and overlapping zones give the topmost', () => {
    expect(zoneAt(w.canvas.zones, -5, -5)).toBeNull();
    const a = { ...purpose, id: 'a', title: 'A' };
    const b = { ...purpose, id: 'b', title: 'B', x: purpose.x + 100 };
    expect(zoneAt([a, b], purpose.x + 150, purpose.y + 10)?.title).toBe('B');
  });

  test('a note belongs to the zone under its centre, even when it overlaps another', () => {
    const rect = { x: domain.x - 60, y: domain.y + 100, width: 180, height: 120 };
    expect(zoneOfRect(w.canvas.zones, rect)?.title).toBe('Domain (what we care about)');
  });
});

describe('notes', () => {
  test('a note added in a zone lands in its first free slot, below the title, without overlapping', () => {
    const next = produce(createWorkshop(), (draft) => {
      const zone = zoneNamed(draft, 'Risks');
      for (let i = 0; i < 5; i++) addNoteInZone(draft.canvas, zone, { text: `risk ${i}` });
    });
    const zone = zoneNamed(next, 'Risks');
    expect(next.canvas.notes.every((n) => n.zoneId === zone.id)).toBe(true);
    for (const note of next.canvas.notes) {
      expect(notesIn(next.canvas.notes, note)).toHaveLength(1);
      expect(note.y).toBeGreaterThan(zone.y);
    }
    valid(next);
  });

  test('a full zone still takes new notes, inside it', () => {
    const w = createWorkshop();
    const zone = zoneNamed(w, 'Risks');
    const full = [{ x: zone.x, y: zone.y, width: zone.width, height: zone.height }];
    const spot = freeSpotInZone(zone, full);
    expect(zoneOfRect([zone], { ...spot, width: NOTE_WIDTH, height: NOTE_HEIGHT })).not.toBeNull();
  });

  test('moving notes re-derives their zone, and a note moved out of every zone has none', () => {
    const start = produce(createWorkshop(), (draft) => {
      addNoteInZone(draft.canvas, zoneNamed(draft, 'Purpose (why)'), { text: 'a' });
      addNoteInZone(draft.canvas, zoneNamed(draft, 'Purpose (why)'), { text: 'b' });
    });
    const [a, b] = start.canvas.notes;
    const domain = zoneNamed(start, 'Domain (what we care about)');
    const moved = produce(start, (draft) => moveNotes(draft.canvas, [a!.id], domain.x - a!.x + 20, 0));
    expect(moved.canvas.notes[0]!.zoneId).toBe(domain.id);
    expect(moved.canvas.notes[1]).toBe(start.canvas.notes[1]); // untouched notes keep their identity
    const out = produce(start, (draft) => moveNotes(draft.canvas, [a!.id, b!.id], -5_000, 0));
    expect(out.canvas.notes.map((n) => n.zoneId)).toEqual([null, null]);
    valid(out);
  });

  test('moving by nothing changes nothing (no empty undo step)', () => {
    const start = produce(createWorkshop(), (draft) => void addNote(draft.canvas, 10, 100));
    expect(produce(start, (draft) => moveNotes(draft.canvas, [start.canvas.notes[0]!.id], 0, 0))).toBe(start);
  });

  test('deleting a note takes its dots and the links to it, and the file stays valid', () => {
    const start = produce(createWorkshop(), (draft) => {
      draft.members.push(member({ id: 'm1', name: 'Ada' }));
      draft.canvas.voting.participantIds.push('m1');
      const note = addNote(draft.canvas, 10, 100, { text: 'Katas' });
      draft.canvas.votes.push({ id: 'v1', participantId: 'm1', target: { kind: 'note', id: note.id } });
      addActivityFromCanvas(draft, { kind: 'note', id: note.id });
      addGoalFromCanvas(draft, { kind: 'note', id: note.id });
    });
    const next = produce(start, (draft) => deleteNotes(draft, [start.canvas.notes[0]!.id]));
    expect(next.canvas.notes).toEqual([]);
    expect(next.canvas.votes).toEqual([]);
    expect(next.backlog.activities[0]!.source).toBeNull();
    expect(next.goals[0]!.source).toBeNull();
    valid(next);
  });

  test('duplicating copies text, colour and theme next to the original, with new ids', () => {
    const start = produce(createWorkshop(), (draft) => void addNote(draft.canvas, 10, 100, { text: 'Pairing', color: 'pink' }));
    let copies: string[] = [];
    const next = produce(start, (draft) => void (copies = duplicateNotes(draft.canvas, [start.canvas.notes[0]!.id])));
    expect(next.canvas.notes).toHaveLength(2);
    const copy = next.canvas.notes[1]!;
    expect(copies).toEqual([copy.id]);
    expect(copy).toMatchObject({ text: 'Pairing', color: 'pink', x: 34, y: 124 });
    expect(copy.id).not.toBe(start.canvas.notes[0]!.id);
    valid(next);
  });

  test('content bounds hold every zone and note', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 })), { maxLength: 20 }),
        (points) => {
          const w = createWorkshop();
          for (const [x, y] of points) addNote(w.canvas, x, y);
          const b = contentBounds(w.canvas)!;
          for (const r of [...w.canvas.zones, ...w.canvas.notes]) {
            expect(r.x).toBeGreaterThanOrEqual(b.x);
            expect(r.y).toBeGreaterThanOrEqual(b.y);
            expect(r.x + r.width).toBeLessThanOrEqual(b.x + b.width);
            expect(r.y + r.height).toBeLessThanOrEqual(b.y + b.height);
          }
        },
      ),
    );
    expect(contentBounds({ zones: [], notes: [] })).toBeNull();
  });
});

describe('templates and zones', () => {
  test('changing the template keeps every note and derives its zone again', () => {
    const start = produce(createWorkshop(), (draft) => {
      for (const zone of draft.canvas.zones) addNoteInZone(draft.canvas, zone, { text: zone.title });
    });
    const next = produce(start, (draft) => changeCanvasTemplate(draft, 'start-stop-continue'));
    expect(next.canvas.notes.map((n) => n.text)).toEqual(start.canvas.notes.map((n) => n.text));
    expect(next.canvas.zones.map((z) => z.title)).toEqual(['Start', 'Stop', 'Continue']);
    const zoneTitle = (id: string | null) => next.canvas.zones.find((z) => z.id === id)?.title ?? null;
    expect(zoneTitle(next.canvas.notes[0]!.zoneId)).toBe('Start'); // Purpose, top-left, is under Start
    expect(zoneTitle(next.canvas.notes[3]!.zoneId)).toBeNull(); // Practices, 4th column, is outside every zone
    valid(next);
    const blank = produce(start, (draft) => changeCanvasTemplate(draft, 'blank'));
    expect(blank.canvas.notes).toHaveLength(8);
    expect(blank.canvas.notes.every((n) => n.zoneId === null)).toBe(true);
    valid(blank);
  });

  test('a zone can be renamed, never to nothing', () => {
    const start = createWorkshop();
    const id = start.canvas.zones[0]!.id;
    expect(produce(start, (d) => renameZone(d, id, 'Why we exist')).canvas.zones[0]!.title).toBe('Why we exist');
    expect(produce(start, (d) => renameZone(d, id, '  '))).toBe(start);
  });
});

describe('the nearest zone', () => {
  test('is the zone containing the point, else the closest one, else none', async () => {
    const { nearestZone } = await import('../../../shared/domain/zone-of-point');
    const w = createWorkshop();
    const purpose = zoneNamed(w, 'Purpose (why)');
    expect(nearestZone(w.canvas.zones, purpose.x + 5, purpose.y + 5)?.title).toBe('Purpose (why)');
    expect(nearestZone(w.canvas.zones, -100, purpose.y + 5)?.title).toBe('Purpose (why)');
    expect(nearestZone(w.canvas.zones, purpose.x + purpose.width + 4, purpose.y + 5)?.title).toBe('Purpose (why)');
    expect(nearestZone([], 0, 0)).toBeNull();
  });
});
