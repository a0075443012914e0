import { produce } from 'immer';
import { describe, expect, test } from 'vitest';
import { addGoalFromCanvas } from '../../../shared/domain/canvas-links';
import { addNote, deleteNotes } from '../../../shared/domain/canvas-notes';
import { addToTheme, groupIntoTheme, notesByTheme, removeFromTheme, renameTheme, ungroupTheme } from '../../../shared/domain/canvas-themes';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import { WorkshopSchema, type Workshop } from '../../../shared/schema';
import { member } from '../../builders';

const valid = (w: Workshop) => expect(WorkshopSchema.safeParse(w).error?.issues ?? []).toEqual([]);

function withNotes(n: number): Workshop {
  return produce(createWorkshop(), (draft) => {
    for (let i = 0; i < n; i++) addNote(draft.canvas, 20 + i * 200, 100, { text: `note ${i}` });
  });
}
const ids = (w: Workshop) => w.canvas.notes.map((n) => n.id);

describe('themes (clusters of notes)', () => {
  test('grouping notes makes a named theme they belong to; default names count up', () => {
    const start = withNotes(4);
    const [a, b, c, d] = ids(start);
    const next = produce(start, (draft) => {
      groupIntoTheme(draft, [a!, b!], 'Knowledge sharing');
      groupIntoTheme(draft, [c!]);
      groupIntoTheme(draft, [d!]);
    });
    expect(next.canvas.themes.map((t) => t.name)).toEqual(['Knowledge sharing', 'Theme 2', 'Theme 3']);
    const byTheme = notesByTheme(next.canvas.notes);
    expect(byTheme.get(next.canvas.themes[0]!.id)!.map((n) => n.text)).toEqual(['note 0', 'note 1']);
    expect(new Set(next.canvas.themes.map((t) => t.color)).size).toBe(3);
    valid(next);
  });

  test('a note moved to another theme leaves its old one, and a theme left empty disappears with its dots', () => {
    const start = produce(withNotes(2), (draft) => {
      draft.members.push(member({ id: 'm1', name: 'Ada' }));
      draft.canvas.voting.participantIds.push('m1');
      const t = groupIntoTheme(draft, [draft.canvas.notes[0]!.id], 'Old')!;
      draft.canvas.votes.push({ id: 'v', participantId: 'm1', target: { kind: 'theme', id: t } });
      addGoalFromCanvas(draft, { kind: 'theme', id: t });
      groupIntoTheme(draft, [draft.canvas.notes[1]!.id], 'New');
    });
    const [a] = ids(start);
    const next = produce(start, (draft) => addToTheme(draft, draft.canvas.themes[1]!.id, [a!]));
    expect(next.canvas.themes.map((t) => t.name)).toEqual(['New']);
    expect(next.canvas.votes).toEqual([]);
    expect(next.goals[0]!.themeIds).toEqual([]);
    expect(next.goals[0]!.source).toBeNull();
    valid(next);
  });

  test('rename (not to nothing), take a note out, ungroup', () => {
    const start = produce(withNotes(3), (draft) => void groupIntoTheme(draft, ids(draft), 'Craft'));
    const themeId = start.canvas.themes[0]!.id;
    expect(produce(start, (d) => renameTheme(d.canvas, themeId, 'Clean code')).canvas.themes[0]!.name).toBe('Clean code');
    expect(produce(start, (d) => renameTheme(d.canvas, themeId, ''))).toBe(start);
    const fewer = produce(start, (d) => removeFromTheme(d, [ids(start)[0]!]));
    expect(fewer.canvas.notes.map((n) => n.themeId)).toEqual([null, themeId, themeId]);
    const ungrouped = produce(start, (d) => ungroupTheme(d, themeId));
    expect(ungrouped.canvas.themes).toEqual([]);
    expect(ungrouped.canvas.notes).toHaveLength(3);
    expect(ungrouped.canvas.notes.every((n) => n.themeId === null)).toBe(true);
    valid(ungrouped);
  });

  test('deleting the last note of a theme removes the theme', () => {
    const start = produce(withNotes(1), (draft) => void groupIntoTheme(draft, ids(draft)));
    const next = produce(start, (d) => deleteNotes(d, ids(start)));
    expect(next.canvas.themes).toEqual([]);
    valid(next);
  });

  test('grouping nothing that exists makes no theme', () => {
    const start = withNotes(1);
    expect(produce(start, (d) => void groupIntoTheme(d, ['nope']))).toBe(start);
  });
});
