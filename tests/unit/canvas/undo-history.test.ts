import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canRedo, canUndo, COALESCE_MS, createHistory, recordChange, redo, undo } from '../../../shared/domain/undo-history';

describe('undo history', () => {
  test('undo and redo walk back and forth through the recorded states, with the change names', () => {
    let h = createHistory('a');
    h = recordChange(h, 'b', { label: 'Add note', now: 0 });
    h = recordChange(h, 'c', { label: 'Move note', now: 5_000 });
    expect(canUndo(h)).toBe(true);
    expect(canRedo(h)).toBe(false);
    const u1 = undo(h);
    expect([u1.history.present, u1.label]).toEqual(['b', 'Move note']);
    const u2 = undo(u1.history);
    expect([u2.history.present, u2.label]).toEqual(['a', 'Add note']);
    expect(undo(u2.history).label).toBeNull();
    const r1 = redo(u2.history);
    expect([r1.history.present, r1.label]).toEqual(['b', 'Add note']);
    expect(redo(redo(r1.history).history).label).toBeNull();
  });

  test('a new change after an undo drops the redo branch', () => {
    let h = recordChange(createHistory(1), 2, { label: 'x', now: 0 });
    h = undo(h).history;
    h = recordChange(h, 3, { label: 'y', now: 10_000 });
    expect(canRedo(h)).toBe(false);
    expect(undo(h).history.present).toBe(1);
  });

  test('changes with one key within a second make one step; a pause, another key or no key make separate steps', () => {
    let h = createHistory('');
    h = recordChange(h, 'H', { label: 'Edit note', coalesceKey: 'n1', now: 0 });
    h = recordChange(h, 'He', { label: 'Edit note', coalesceKey: 'n1', now: 300 });
    h = recordChange(h, 'Hey', { label: 'Edit note', coalesceKey: 'n1', now: 600 });
    expect(h.past).toHaveLength(1);
    h = recordChange(h, 'Hey!', { label: 'Edit note', coalesceKey: 'n1', now: 600 + COALESCE_MS + 1 });
    expect(h.past).toHaveLength(2);
    h = recordChange(h, 'Hey!?', { label: 'Edit note', coalesceKey: 'n2', now: 2_000 });
    h = recordChange(h, 'x', { label: 'Move note', now: 2_001 });
    h = recordChange(h, 'y', { label: 'Move note', now: 2_002 });
    expect(h.past).toHaveLength(5);
  });

  test('recording the same state is no step; the history keeps at most its limit', () => {
    const h = createHistory({ v: 1 });
    expect(recordChange(h, h.present, { label: 'nothing' })).toBe(h);
    let long = createHistory(0);
    for (let i = 1; i <= 10; i++) long = recordChange(long, i, { label: `s${i}`, now: i * 10_000, limit: 3 });
    expect(long.past.map((e) => e.state)).toEqual([7, 8, 9]);
  });

  test('undoing everything then redoing everything comes back to the same state (any sequence)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 30 }), (values) => {
        let h = createHistory(-1);
        values.forEach((v, i) => (h = recordChange(h, v, { label: `${i}`, now: i * 5_000 })));
        const end = h.present;
        while (canUndo(h)) h = undo(h).history;
        expect(h.present).toBe(-1);
        while (canRedo(h)) h = redo(h).history;
        expect(h.present).toBe(end);
      }),
    );
  });
});
