import { describe, expect, test } from 'vitest';
import { isBigWave, nextLayerGeneration, type LayerGeneration } from '../../../renderer/canvas/note-waves';

const notes = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => ({ id: `n${from + i}` }));
const MINIMUM = 300;

/**
 * Replays the renders of the notes layer and counts the notes React would insert one by one into a layer already
 * mounted (each one walking past the others added with it: the quadratic part); a layer mounted afresh inserts
 * its notes in one go.
 */
function insertedOneByOne(renders: { id: string }[][], keepMounted = false): { oneByOne: number; worstWalk: number } {
  let layer: LayerGeneration = { rendered: new Set(), generation: 0 };
  let oneByOne = 0;
  let worstWalk = 0;
  renders.forEach((next, i) => {
    const before = layer;
    layer = nextLayerGeneration(layer, next, MINIMUM, keepMounted);
    if (i === 0 || layer.generation !== before.generation) return; // mounted afresh
    const added = next.filter((note) => !before.rendered.has(note.id)).length;
    oneByOne += added;
    worstWalk = Math.max(worstWalk, (added * (added - 1)) / 2);
  });
  return { oneByOne, worstWalk };
}

describe('mounting many notes at once', () => {
  test('opening a large workshop (a few notes, then the fitted view) inserts a bounded number one by one, whatever its size', () => {
    for (const size of [2_000, 5_000, 20_000]) {
      // Before the board is measured, at 100 %, then fitted: the cull rect grows in three renders.
      const { oneByOne, worstWalk } = insertedOneByOne([notes(0, 30), notes(0, 250), notes(0, size)]);
      expect(oneByOne).toBeLessThanOrEqual(250);
      expect(worstWalk).toBeLessThan(MINIMUM * MINIMUM);
    }
  });

  test('without the fresh mount, the same open would insert every note one by one', () => {
    expect(insertedOneByOne([notes(0, 30), notes(0, 250), notes(0, 20_000)], true).oneByOne).toBe(19_970);
  });

  test('a pan that brings a few hundred notes in keeps the layer (and the notes already there)', () => {
    const before: LayerGeneration = { rendered: new Set(notes(0, 10_000).map((n) => n.id)), generation: 3 };
    expect(nextLayerGeneration(before, notes(400, 10_400), MINIMUM, false).generation).toBe(3);
    expect(isBigWave(before.rendered, notes(0, 10_400), MINIMUM)).toBe(false);
  });

  test('a wave of mostly new notes is big only from the minimum on', () => {
    expect(isBigWave(new Set(), notes(0, MINIMUM - 1), MINIMUM)).toBe(false);
    expect(isBigWave(new Set(), notes(0, MINIMUM), MINIMUM)).toBe(true);
    // As many kept as added: updating in place costs no more than mounting everything again.
    expect(isBigWave(new Set(notes(0, 1_000).map((n) => n.id)), notes(0, 2_000), MINIMUM)).toBe(false);
    expect(isBigWave(new Set(notes(0, 1_000).map((n) => n.id)), notes(0, 2_001), MINIMUM)).toBe(true);
  });

  test('another workshop (all notes new) mounts the layer afresh', () => {
    const before: LayerGeneration = { rendered: new Set(notes(0, 5_000).map((n) => n.id)), generation: 0 };
    expect(nextLayerGeneration(before, notes(5_000, 10_000), MINIMUM, false).generation).toBe(1);
  });

  test('never while a note has the focus, is edited or dragged', () => {
    expect(nextLayerGeneration({ rendered: new Set(), generation: 0 }, notes(0, 5_000), MINIMUM, true).generation).toBe(0);
  });
});
