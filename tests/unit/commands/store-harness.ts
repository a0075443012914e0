/**
 * Commands are tested through the store, as the app runs them: load a document, run the command, read the
 * document after and the undo step it made.
 */
import { expect } from 'vitest';
import { useWorkshopStore } from '../../../renderer/store/workshop-store';
import type { Workshop } from '../../../shared/schema';
import { WorkshopSchema } from '../../../shared/schema';

export const loadWorkshop = (w: Workshop) => useWorkshopStore.getState().load(w);
export const document = (): Workshop => useWorkshopStore.getState().history.present;
export const undoLabels = (): string[] => useWorkshopStore.getState().history.past.map((entry) => entry.label);

/**
 * Runs `action` and checks it made exactly one undo step named `label`, that the document after is valid, and
 * that one undo gives back the document before. Returns what `action` returned.
 */
export function expectOneUndoStep<T>(label: string, action: () => T): T {
  const before = document();
  const steps = undoLabels().length;
  const result = action();
  expect(undoLabels()).toHaveLength(steps + 1);
  expect(undoLabels().at(-1)).toBe(label);
  const after = document();
  expect(WorkshopSchema.safeParse(after).error?.issues ?? []).toEqual([]);
  useWorkshopStore.getState().undo();
  expect(document()).toBe(before);
  useWorkshopStore.getState().redo();
  expect(document()).toBe(after);
  return result;
}
