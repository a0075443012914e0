/**
 * A drag ends with a click on the note it started from; that click must not re-select or vote. The board marks
 * the end of a drag here and the note's click handler asks.
 */
let draggedAt = 0;

export function markDragEnd(): void {
  draggedAt = performance.now();
}

export function wasJustDragged(): boolean {
  return performance.now() - draggedAt < 250;
}
