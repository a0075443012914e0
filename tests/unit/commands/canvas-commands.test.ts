import { beforeEach, describe, expect, test } from 'vitest';
import {
  addNoteAt,
  addToBacklog,
  applyTemplate,
  colourSelectedNotes,
  deleteSelectedNotes,
  duplicateSelectedNotes,
  editNoteText,
  editVisionStatement,
  groupSelectedIntoTheme,
  makeGoal,
  moveNotesBy,
  renameThemeTo,
  renameZoneTo,
  resizeNoteTo,
  setNoteAuthor,
  takeSelectedOutOfTheme,
  ungroup,
  unvote,
  voteFor,
} from '../../../renderer/canvas/canvas-commands';
import { useCanvasUiStore } from '../../../renderer/canvas/canvas-ui-store';
import { useUiStore } from '../../../renderer/store/ui-store';
import { member, note, workshop } from '../../builders';
import { document, expectOneUndoStep, loadWorkshop } from './store-harness';

const notes = () => document().canvas.notes;
const select = (...ids: string[]) => useCanvasUiStore.getState().select(ids);
const lastNotice = () => useUiStore.getState().notices.at(-1)?.text;

describe('canvas commands', () => {
  beforeEach(() => {
    const w = workshop({
      members: [member({ id: 'ada', name: 'Ada' })],
      notes: [note({ id: 'n1', text: 'Katas\nevery week', x: 0, y: 0 }), note({ id: 'n2', text: 'Brown bags', x: 300, y: 0 })],
    });
    w.canvas.voting.participantIds = ['ada'];
    w.meta.participantIds = ['ada'];
    loadWorkshop(w);
    select();
    useCanvasUiStore.getState().setVoter(null);
  });

  test('a note added at a point is selected and open for typing', () => {
    const id = expectOneUndoStep('Add note', () => addNoteAt(40, 50));
    expect(notes().find((n) => n.id === id)).toMatchObject({ x: 40, y: 50, text: '' });
    expect([...useCanvasUiStore.getState().selectedIds]).toEqual([id]);
  });

  test('text, author, move and resize', () => {
    expectOneUndoStep('Edit note', () => editNoteText('n1', 'Katas on Fridays'));
    expect(notes()[0]!.text).toBe('Katas on Fridays');
    expectOneUndoStep('Set author', () => setNoteAuthor('n1', 'Ada', 'ada'));
    expect(notes()[0]).toMatchObject({ author: 'Ada', authorMemberId: 'ada' });
    expectOneUndoStep('Move 2 notes', () => moveNotesBy(['n1', 'n2'], 10, 20));
    expect(notes().map((n) => [n.x, n.y])).toEqual([
      [10, 20],
      [310, 20],
    ]);
    expectOneUndoStep('Resize note', () => resizeNoteTo('n1', 240, 160));
    expect(notes()[0]).toMatchObject({ width: 240, height: 160 });
  });

  test('the selection: colour, duplicate, delete (with a notice)', () => {
    select('n1');
    expectOneUndoStep('Change note colour', () => colourSelectedNotes('blue'));
    expect(notes()[0]!.color).toBe('blue');
    expectOneUndoStep('Duplicate note', () => duplicateSelectedNotes());
    expect(notes()).toHaveLength(3);
    select('n1', 'n2');
    expectOneUndoStep('Delete 2 notes', () => deleteSelectedNotes());
    expect(notes()).toHaveLength(1);
    expect(lastNotice()).toBe('2 notes deleted. Undo with Ctrl+Z.');
  });

  test('themes: group, rename, take out, ungroup', () => {
    select('n1', 'n2');
    const themeId = expectOneUndoStep('Group into theme', () => groupSelectedIntoTheme())!;
    expect(notes().map((n) => n.themeId)).toEqual([themeId, themeId]);
    expectOneUndoStep('Rename theme', () => renameThemeTo(themeId, 'Practice'));
    expect(document().canvas.themes[0]!.name).toBe('Practice');
    select('n2');
    expectOneUndoStep('Remove from theme', () => takeSelectedOutOfTheme());
    expect(notes()[1]!.themeId).toBeNull();
    expectOneUndoStep('Ungroup theme', () => ungroup(themeId));
    expect(document().canvas.themes).toEqual([]);
  });

  test('zones, template and vision statement', () => {
    const zone = document().canvas.zones[0]!;
    expectOneUndoStep('Rename zone', () => renameZoneTo(zone.id, 'Why we meet'));
    expect(document().canvas.zones[0]!.title).toBe('Why we meet');
    expectOneUndoStep('Change canvas template', () => applyTemplate('blank'));
    expect(document().canvas.template).toBe('blank');
    expectOneUndoStep('Edit vision statement', () => editVisionStatement('We share.'));
    expect(document().canvas.visionStatement).toBe('We share.');
  });

  test('a note to the backlog and to a goal, each with a notice naming its first line', () => {
    expectOneUndoStep('Add to backlog', () => addToBacklog({ kind: 'note', id: 'n1' }));
    expect(document().backlog.activities.at(-1)!.title).toBe('Katas');
    expect(lastNotice()).toBe(`"Katas" was added to the backlog, in ${document().backlog.columns[0]!.title}.`);
    expectOneUndoStep('Make goal', () => makeGoal({ kind: 'note', id: 'n1' }));
    expect(document().goals.at(-1)!.title).toBe('Katas');
    expect(lastNotice()).toBe('"Katas" is now a goal; add its objectives in Goals.');
  });

  test('voting: no voter chosen says so; a dot placed and taken back', () => {
    voteFor({ kind: 'note', id: 'n1' });
    expect(document().canvas.votes).toEqual([]);
    expect(lastNotice()).toBe('Choose who is voting first, in the voting panel.');
    useCanvasUiStore.getState().setVoter('ada');
    expectOneUndoStep('Vote', () => voteFor({ kind: 'note', id: 'n1' }));
    expect(document().canvas.votes).toMatchObject([{ participantId: 'ada', target: { kind: 'note', id: 'n1' } }]);
    expectOneUndoStep('Take back dot', () => unvote({ kind: 'note', id: 'n1' }));
    expect(document().canvas.votes).toEqual([]);
  });
});
