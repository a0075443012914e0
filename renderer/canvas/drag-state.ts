import { useCanvasUiStore } from './canvas-ui-store';

/**
 * A drag ends with a click on the note it started from; that click must not re-select or vote. The board marks
 * the end of a drag here and the note's click handler asks.
 */
export function markDragEnd(): void {
  useCanvasUiStore.setState({ draggedAt: performance.now() });
}

export function wasJustDragged(): boolean {
  return performance.now() - useCanvasUiStore.getState().draggedAt < 250;
}
