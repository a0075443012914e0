import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, test } from 'vitest';
import { fullIndexFromVisible, moveActivity, placeOf } from '../../../shared/domain/backlog-moves';
import { WorkshopSchema } from '../../../shared/schema';
import { boardWorkshop, columnsOf } from './fixtures';

describe('moving a card', () => {
  test('reorders within a column, to the top and to the bottom', () => {
    const w = boardWorkshop();
    const down = produce(w, (d) => void moveActivity(d.backlog, 'a', 'ideas', 2));
    expect(columnsOf(down).ideas).toEqual(['b', 'c', 'a']);
    const up = produce(w, (d) => void moveActivity(d.backlog, 'c', 'ideas', 0));
    expect(columnsOf(up).ideas).toEqual(['c', 'a', 'b']);
  });

  test('moves between columns at the given position, and into an empty column', () => {
    const w = boardWorkshop();
    const next = produce(w, (d) => void moveActivity(d.backlog, 'b', 'next', 0));
    expect(columnsOf(next)).toMatchObject({ ideas: ['a', 'c'], next: ['b', 'd'] });
    const empty = produce(w, (d) => void moveActivity(d.backlog, 'a', 'doing', 5));
    expect(columnsOf(empty)).toMatchObject({ ideas: ['b', 'c'], doing: ['a'] });
    expect(placeOf(empty.backlog, 'a')).toEqual({ columnId: 'doing', index: 0 });
    expect(WorkshopSchema.safeParse(next).success).toBe(true);
  });

  test('changes nothing for an unknown card or column', () => {
    const w = boardWorkshop();
    expect(produce(w, (d) => void moveActivity(d.backlog, 'zz', 'next', 0))).toBe(w);
    expect(produce(w, (d) => void moveActivity(d.backlog, 'a', 'nowhere', 0))).toBe(w);
  });

  test('any sequence of moves keeps every card in exactly one column', () => {
    const columns = ['ideas', 'next', 'doing', 'done'];
    const move = fc.record({
      card: fc.constantFrom('a', 'b', 'c', 'd'),
      column: fc.constantFrom(...columns),
      index: fc.integer({ min: -2, max: 6 }),
    });
    fc.assert(
      fc.property(fc.array(move, { maxLength: 20 }), (moves) => {
        const end = produce(boardWorkshop(), (d) => moves.forEach((m) => moveActivity(d.backlog, m.card, m.column, m.index)));
        expect(end.backlog.columns.flatMap((c) => c.activityIds).sort()).toEqual(['a', 'b', 'c', 'd']);
        const last = moves.at(-1);
        if (last) expect(placeOf(end.backlog, last.card)!.columnId).toBe(last.column);
      }),
    );
  });
});

describe('placing a card among filtered cards', () => {
  // full column (without the moved card x): a b c d e; visible: b d
  const full = ['a', 'b', 'c', 'd', 'e'];
  test('goes right after the visible card before it', () => {
    expect(fullIndexFromVisible(full, ['b', 'x', 'd'], 'x')).toBe(2);
    expect(fullIndexFromVisible(full, ['b', 'd', 'x'], 'x')).toBe(4);
  });
  test('at the top of the visible cards it goes right before the first of them', () => {
    expect(fullIndexFromVisible(full, ['x', 'b', 'd'], 'x')).toBe(1);
  });
  test('alone in the visible list it goes at the end', () => {
    expect(fullIndexFromVisible(full, ['x'], 'x')).toBe(5);
    expect(fullIndexFromVisible([], ['x'], 'x')).toBe(0);
  });
});
