import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  activityFromCanvas,
  addColumnAtEnd,
  deleteActivityWithNotice,
  deleteColumnWithNotice,
  dropActivityIn,
  moveColumnTo,
  renameColumnTo,
  saveActivityDialog,
  setColumnWipLimit,
} from '../../../renderer/backlog/backlog-commands';
import { emptyActivityFields } from '../../../shared/domain/backlog-activities';
import { useUiStore } from '../../../renderer/store/ui-store';
import { boardWorkshop, columnsOf } from '../backlog/fixtures';
import { note } from '../../builders';
import { document, expectOneUndoStep, loadWorkshop } from './store-harness';

// The notices name the undo shortcut, which depends on the platform the window runs on.
beforeAll(() => vi.stubGlobal('navigator', { platform: 'Linux x86_64', languages: ['en'] }));
afterAll(() => vi.unstubAllGlobals());

const lastNotice = () => useUiStore.getState().notices.at(-1)?.text;

describe('backlog commands', () => {
  beforeEach(() => {
    const w = boardWorkshop();
    w.canvas.notes.push(note({ id: 'n1', text: 'Brown bag lunches' }));
    loadWorkshop(w);
  });

  test('the activity dialog adds a card at the end of its column', () => {
    const id = expectOneUndoStep('Add activity', () => saveActivityDialog(null, { ...emptyActivityFields(), title: 'Kata night' }, 'next'));
    expect(columnsOf(document()).next).toEqual(['d', id]);
  });

  test('editing a card in the dialog can send it to another column', () => {
    expectOneUndoStep('Edit activity', () => saveActivityDialog('a', { ...emptyActivityFields(), title: 'Renamed' }, 'done'));
    expect(document().backlog.activities.find((a) => a.id === 'a')!.title).toBe('Renamed');
    expect(columnsOf(document())).toMatchObject({ ideas: ['b', 'c'], done: ['a'] });
  });

  test('a card dropped among the visible cards lands next to its visible neighbour', () => {
    expectOneUndoStep('Move activity', () => dropActivityIn('c', 'ideas', ['c', 'a']));
    expect(columnsOf(document()).ideas).toEqual(['c', 'a', 'b']);
  });

  test('a card from a canvas note', () => {
    const id = expectOneUndoStep('Add activity from canvas', () => activityFromCanvas({ kind: 'note', id: 'n1' }, 'doing'));
    expect(columnsOf(document()).doing).toEqual([id]);
  });

  test('deleting a card says how to get it back', () => {
    expectOneUndoStep('Delete activity', () => deleteActivityWithNotice('b'));
    expect(columnsOf(document()).ideas).toEqual(['a', 'c']);
    expect(lastNotice()).toBe('Deleted Other: B. Undo with Ctrl+Z.');
  });

  test('columns: add, rename, WIP limit, move, delete with their cards moved', () => {
    const id = expectOneUndoStep('Add column', () => addColumnAtEnd())!;
    expect(document().backlog.columns.at(-1)).toMatchObject({ id, title: 'New column' });
    expectOneUndoStep('Rename column', () => renameColumnTo(id, 'Parked'));
    expectOneUndoStep('Set WIP limit', () => setColumnWipLimit(id, 3));
    expect(document().backlog.columns.at(-1)).toMatchObject({ title: 'Parked', wipLimit: 3 });
    expectOneUndoStep('Move column', () => moveColumnTo(id, 0));
    expect(document().backlog.columns[0]!.id).toBe(id);
    expectOneUndoStep('Delete column', () => deleteColumnWithNotice('ideas', { kind: 'column', columnId: 'next' }));
    expect(columnsOf(document()).next).toEqual(['d', 'a', 'b', 'c']);
    expect(lastNotice()).toContain('Next');
  });
});
