import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { useCanvasUiStore } from './canvas-ui-store';

/** Screen pixels per arrow key while a note is picked up (Shift: four times as far). */
const STEP = 25;

/** Called at the start of every drag. */
export function resetKeyboardCoordinates(): void {
  useCanvasUiStore.setState({ keyboardDragAt: null });
}

/**
 * dnd-kit's keyboard sensor moves from the dragged node's last measured rect, which lags behind when keys
 * repeat faster than React renders; this getter keeps its own running position so no key press is lost.
 */
export const keyboardCoordinates: KeyboardCoordinateGetter = (event, { currentCoordinates }) => {
  const base = useCanvasUiStore.getState().keyboardDragAt ?? currentCoordinates;
  const step = event.shiftKey ? STEP * 4 : STEP;
  let next: { x: number; y: number } | undefined;
  switch (event.code) {
    case KeyboardCode.Right:
      next = { x: base.x + step, y: base.y };
      break;
    case KeyboardCode.Left:
      next = { x: base.x - step, y: base.y };
      break;
    case KeyboardCode.Down:
      next = { x: base.x, y: base.y + step };
      break;
    case KeyboardCode.Up:
      next = { x: base.x, y: base.y - step };
      break;
  }
  if (!next) return undefined;
  event.preventDefault();
  useCanvasUiStore.setState({ keyboardDragAt: next });
  return next;
};
