import { produce } from 'immer';
import { describe, expect, test } from 'vitest';
import { addColumn, deleteColumn, isOverWipLimit, moveColumn, renameColumn, setWipLimit } from '../../../shared/domain/backlog-columns';
import { WorkshopSchema } from '../../../shared/schema';
import { boardWorkshop, columnsOf } from './fixtures';

const titles = (w: ReturnType<typeof boardWorkshop>) => w.backlog.columns.map((c) => c.title);

describe('columns', () => {
  test('add, rename and reorder', () => {
    let id: string | null = null;
    const w = produce(boardWorkshop(), (d) => {
      id = addColumn(d.backlog, '  Blocked ');
      renameColumn(d.backlog, 'next', 'Next up');
      renameColumn(d.backlog, 'ideas', '   ');
      moveColumn(d.backlog, id!, 1);
    });
    expect(titles(w)).toEqual(['Ideas', 'Blocked', 'Next up', 'In progress', 'Done']);
    expect(WorkshopSchema.safeParse(w).success).toBe(true);
    const last = produce(w, (d) => moveColumn(d.backlog, 'ideas', 99));
    expect(titles(last).at(-1)).toBe('Ideas');
  });

  test('deleting a non-empty column moves its cards to the end of the chosen column', () => {
    const w = produce(boardWorkshop(), (d) => void deleteColumn(d, 'ideas', { kind: 'column', columnId: 'next' }));
    expect(columnsOf(w)).toEqual({ next: ['d', 'a', 'b', 'c'], doing: [], done: [] });
    expect(w.backlog.activities).toHaveLength(4);
    expect(WorkshopSchema.safeParse(w).success).toBe(true);
  });

  test('deleting a column with its cards deletes the cards and their outcomes', () => {
    const start = produce(boardWorkshop(), (d) => {
      d.impact.outcomes.push({ id: 'o1', activityId: 'a', date: null, attendance: 12, satisfaction: 4, notes: '' });
      d.impact.outcomes.push({ id: 'o2', activityId: 'd', date: null, attendance: 5, satisfaction: null, notes: '' });
    });
    const w = produce(start, (d) => void deleteColumn(d, 'ideas', { kind: 'delete' }));
    expect(w.backlog.activities.map((a) => a.id)).toEqual(['d']);
    expect(w.impact.outcomes.map((o) => o.id)).toEqual(['o2']);
    expect(WorkshopSchema.safeParse(w).success).toBe(true);
  });

  test('the last column, and a move into the column itself, are refused', () => {
    const one = produce(boardWorkshop(), (d) => {
      deleteColumn(d, 'next', { kind: 'delete' });
      deleteColumn(d, 'doing', { kind: 'delete' });
      deleteColumn(d, 'done', { kind: 'delete' });
    });
    expect(titles(one)).toEqual(['Ideas']);
    expect(produce(one, (d) => void deleteColumn(d, 'ideas', { kind: 'delete' }))).toBe(one);
    const w = boardWorkshop();
    expect(produce(w, (d) => void deleteColumn(d, 'ideas', { kind: 'column', columnId: 'ideas' }))).toBe(w);
  });

  test('WIP limit: set, cleared, and exceeded only above the limit', () => {
    const w = produce(boardWorkshop(), (d) => {
      setWipLimit(d.backlog, 'ideas', 3);
      setWipLimit(d.backlog, 'next', 0);
    });
    expect(w.backlog.columns[0]!.wipLimit).toBe(3);
    expect(w.backlog.columns[1]!.wipLimit).toBeNull();
    expect(isOverWipLimit(w.backlog.columns[0]!)).toBe(false);
    const over = produce(w, (d) => setWipLimit(d.backlog, 'ideas', 2));
    expect(isOverWipLimit(over.backlog.columns[0]!)).toBe(true);
  });
});
