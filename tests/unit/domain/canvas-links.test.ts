import { produce } from 'immer';
import { describe, expect, test } from 'vitest';
import { addActivityFromCanvas, addGoalFromCanvas } from '../../../shared/domain/canvas-links';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import { WorkshopSchema, type Workshop } from '../../../shared/schema';

function workshopWithNoteInTheme(): Workshop {
  const w = createWorkshop();
  w.canvas.themes.push({ id: 't1', name: 'Knowledge sharing', color: 'blue' });
  w.canvas.notes.push({
    id: 'n1',
    text: 'Brown bag lunches\nevery other Friday',
    color: 'yellow',
    author: null,
    authorMemberId: null,
    x: 10,
    y: 10,
    width: 160,
    height: 100,
    zoneId: w.canvas.zones[0]!.id,
    themeId: 't1',
    createdAt: '2026-11-24T09:00:00Z',
  });
  return w;
}

describe('from the canvas to the backlog and the goals', () => {
  test('a note becomes an activity in the first column, linked back, and the document stays valid', () => {
    let id: string | null = null;
    const next = produce(workshopWithNoteInTheme(), (draft) => {
      id = addActivityFromCanvas(draft, { kind: 'note', id: 'n1' });
    });
    const activity = next.backlog.activities.find((a) => a.id === id)!;
    expect(activity).toMatchObject({
      title: 'Brown bag lunches',
      description: 'Brown bag lunches\nevery other Friday',
      source: { kind: 'note', id: 'n1' },
    });
    expect(next.backlog.columns[0]!.activityIds).toEqual([id]);
    expect(WorkshopSchema.safeParse(next).success).toBe(true);
  });

  test('a theme becomes a goal linked to that theme; a note becomes a goal linked to its theme', () => {
    const next = produce(workshopWithNoteInTheme(), (draft) => {
      addGoalFromCanvas(draft, { kind: 'theme', id: 't1' });
      addGoalFromCanvas(draft, { kind: 'note', id: 'n1' });
    });
    expect(next.goals.map((g) => [g.title, g.themeIds])).toEqual([
      ['Knowledge sharing', ['t1']],
      ['Brown bag lunches', ['t1']],
    ]);
    expect(WorkshopSchema.safeParse(next).success).toBe(true);
  });

  test('a missing source changes nothing', () => {
    const before = workshopWithNoteInTheme();
    const next = produce(before, (draft) => {
      expect(addActivityFromCanvas(draft, { kind: 'note', id: 'gone' })).toBeNull();
      expect(addGoalFromCanvas(draft, { kind: 'theme', id: 'gone' })).toBeNull();
    });
    expect(next).toBe(before);
  });
});
