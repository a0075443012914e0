import { closestCorners, KeyboardCode, type CollisionDetection, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { keyboardTarget, type ArrowDirection, type BoardItems } from '../../shared/domain/backlog-drag';

const DIRECTIONS: Partial<Record<string, ArrowDirection>> = {
  [KeyboardCode.Up]: 'up',
  [KeyboardCode.Down]: 'down',
  [KeyboardCode.Left]: 'left',
  [KeyboardCode.Right]: 'right',
};

export interface BoardDnd {
  coordinateGetter: KeyboardCoordinateGetter;
  /**
   * Over the card or column the arrow keys chose; for the pointer, the closest corners among the cards of the
   * column under the dragged card only (dnd-kit's rects read scroll offsets on every access: 300 cards × 4 corners
   * on every move was most of a move's cost).
   */
  collisionDetection: CollisionDetection;
  /** Forget the keyboard's choice (at the start and end of every drag). */
  reset(): void;
  /** After a keyboard move into another column, the card is over its own new place (not the card next to it). */
  settle(activeId: string): void;
}

/**
 * Drag and drop on the board. Arrow keys on a picked-up card: the board decides what it moves over
 * (`keyboardTarget`), the card is moved there on screen, and the collision detection reports exactly that
 * target — so keyboard moves are predictable.
 */
export function boardDnd(board: () => { columnIds: readonly string[]; items: BoardItems }): BoardDnd {
  let chosen: string | null = null;
  return {
    reset: () => void (chosen = null),
    settle: (activeId) => {
      if (chosen !== null) chosen = activeId;
    },
    collisionDetection: (args) => {
      if (chosen !== null) {
        const container = args.droppableContainers.find((c) => c.id === chosen);
        if (container) return [{ id: chosen, data: { droppableContainer: container, value: 0 } }];
      }
      const { columnIds, items } = board();
      const { collisionRect, droppableRects, droppableContainers } = args;
      const x = args.pointerCoordinates?.x ?? collisionRect.left + collisionRect.width / 2;
      let columnId: string | null = null;
      let nearest = Number.POSITIVE_INFINITY;
      for (const id of columnIds) {
        const rect = droppableRects.get(id);
        if (!rect) continue;
        const distance = x < rect.left ? rect.left - x : x > rect.right ? x - rect.right : 0;
        if (distance < nearest) [columnId, nearest] = [id, distance];
      }
      if (columnId === null) return closestCorners(args);
      const candidates = new Set<string>([columnId, ...(items[columnId] ?? [])]);
      return closestCorners({ ...args, droppableContainers: droppableContainers.filter((c) => candidates.has(String(c.id))) });
    },
    coordinateGetter: (event, { active, context }) => {
      const direction = DIRECTIONS[event.code];
      const { collisionRect, droppableRects, over } = context;
      if (!direction || !collisionRect) return undefined;
      event.preventDefault();
      const { columnIds, items } = board();
      const centerY = (id: string) => {
        const rect = droppableRects.get(id);
        return rect ? rect.top + rect.height / 2 : null;
      };
      const target = keyboardTarget(
        direction,
        columnIds,
        items,
        String(active),
        over ? String(over.id) : null,
        (id) => centerY(id),
        collisionRect.top + collisionRect.height / 2,
      );
      const rect = target === null ? undefined : droppableRects.get(target);
      if (target === null || !rect) return undefined;
      chosen = target;
      if (target in items) return { x: rect.left + 10, y: rect.top + 4 }; // an empty column: its top
      return { x: rect.left, y: direction === 'down' ? rect.top + rect.height - collisionRect.height : rect.top };
    },
  };
}
