import { describe, expect, test } from 'vitest';
import { containerOf, dropPlace, keyboardTarget, moveAcrossColumns, positionPhrase } from '../../../shared/domain/backlog-drag';

const items = { ideas: ['a', 'b', 'c'], next: ['d', 'e'], done: [] as string[] };

describe('the board during a drag', () => {
  test('finds the column of a card, or the column itself', () => {
    expect(containerOf(items, 'e')).toBe('next');
    expect(containerOf(items, 'done')).toBe('done');
    expect(containerOf(items, 'zz')).toBeNull();
  });

  test('crossing into another column puts the card above or below the card it is over', () => {
    expect(moveAcrossColumns(items, 'b', 'e', false)).toEqual({ ideas: ['a', 'c'], next: ['d', 'b', 'e'], done: [] });
    expect(moveAcrossColumns(items, 'b', 'e', true)).toEqual({ ideas: ['a', 'c'], next: ['d', 'e', 'b'], done: [] });
  });

  test('over an empty column the card goes in it; over its own column nothing moves', () => {
    expect(moveAcrossColumns(items, 'a', 'done', false)).toMatchObject({ ideas: ['b', 'c'], done: ['a'] });
    expect(moveAcrossColumns(items, 'a', 'b', false)).toBe(items);
    expect(moveAcrossColumns(items, 'a', 'ideas', false)).toBe(items);
  });

  test('dropping over a card of the same column takes its place', () => {
    expect(dropPlace(items, 'a', 'c')).toEqual({ columnId: 'ideas', index: 2, order: ['b', 'c', 'a'] });
    expect(dropPlace(items, 'c', 'a')).toEqual({ columnId: 'ideas', index: 0, order: ['c', 'a', 'b'] });
  });

  test('dropping over its column or itself leaves the card where the drag put it', () => {
    const moved = moveAcrossColumns(items, 'b', 'done', false);
    expect(dropPlace(moved, 'b', 'done')).toEqual({ columnId: 'done', index: 0, order: ['b'] });
    expect(dropPlace(items, 'b', 'b')).toEqual({ columnId: 'ideas', index: 1, order: ['a', 'b', 'c'] });
    expect(dropPlace(items, 'b', null)).toMatchObject({ columnId: 'ideas', index: 1 });
  });

  test('positions are told from 1', () => {
    expect(positionPhrase(1, 4)).toBe('position 2 of 4');
  });
});

describe('moving a picked-up card with the arrow keys', () => {
  const columns = ['ideas', 'next', 'done'];
  const y: Record<string, number> = { a: 10, b: 110, c: 210, d: 20, e: 160 };
  const target = (dir: 'up' | 'down' | 'left' | 'right', active: string, over: string | null, centerY = y[active]!, board = items) =>
    keyboardTarget(dir, columns, board, active, over, (id) => y[id] ?? null, centerY);

  test('up and down step from where the card hovers, and stop at the ends', () => {
    expect(target('down', 'a', 'a')).toBe('b');
    expect(target('down', 'a', 'b')).toBe('c');
    expect(target('down', 'a', 'c')).toBeNull();
    expect(target('up', 'a', 'c')).toBe('b');
    expect(target('up', 'a', 'a')).toBeNull();
  });

  test('left and right go to the nearest card in height of the neighbouring column, or the empty column', () => {
    expect(target('right', 'b', 'b')).toBe('e');
    expect(target('right', 'a', 'a')).toBe('d');
    expect(target('right', 'd', 'd')).toBe('done');
    expect(target('left', 'd', 'd', 200)).toBe('c');
    expect(target('left', 'a', 'a')).toBeNull();
    expect(target('right', 'a', null, 10, { ...items, done: [] })).toBe('d');
  });
});
