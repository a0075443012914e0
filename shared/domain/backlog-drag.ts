/**
 * The board during a drag: the visible card ids of each column (keyed by column id), changed as the card
 * crosses columns, committed to the document on drop. Pure, so the drop and its announcement agree.
 */
export type BoardItems = Readonly<Record<string, readonly string[]>>;

/** The column holding `id`, or `id` itself when it names a column. */
export function containerOf(items: BoardItems, id: string): string | null {
  if (id in items) return id;
  return Object.keys(items).find((key) => items[key]!.includes(id)) ?? null;
}

/**
 * The card `activeId` is dragged over `overId` (a card or a column) in *another* column: moves it there,
 * above the card it is over, or below when `below`, or at the end of the column. Same object when nothing moves.
 */
export function moveAcrossColumns(items: BoardItems, activeId: string, overId: string, below: boolean): BoardItems {
  const from = containerOf(items, activeId);
  const to = containerOf(items, overId);
  if (!from || !to || from === to) return items;
  const target = items[to]!;
  const overIndex = target.indexOf(overId);
  const index = overIndex < 0 ? target.length : overIndex + (below ? 1 : 0);
  return {
    ...items,
    [from]: items[from]!.filter((id) => id !== activeId),
    [to]: [...target.slice(0, index), activeId, ...target.slice(index)],
  };
}

/**
 * Where the dragged card lands when dropped over `overId`: in the column that now holds it, at the place of the
 * card it is over (a sortable list's move), or where it already is when over its column or itself.
 * Returns the column, the final index and the final visible order of that column.
 */
export function dropPlace(
  items: BoardItems,
  activeId: string,
  overId: string | null,
): { columnId: string; index: number; order: string[] } | null {
  const columnId = containerOf(items, activeId);
  if (!columnId) return null;
  const order = [...items[columnId]!];
  const from = order.indexOf(activeId);
  const overIndex = overId === null ? -1 : order.indexOf(overId);
  if (overIndex >= 0 && overIndex !== from) {
    order.splice(from, 1);
    order.splice(overIndex, 0, activeId);
  }
  return { columnId, index: order.indexOf(activeId), order };
}

/** "position 2 of 4" */
export const positionPhrase = (index: number, count: number) => `position ${index + 1} of ${count}`;

export type ArrowDirection = 'up' | 'down' | 'left' | 'right';

/**
 * What a card picked up with the keyboard moves over when an arrow key is pressed: up and down step through its
 * column (from where it currently hovers), left and right go to the neighbouring column, over the card nearest in
 * height (`centerYOf`), or the column itself when it has no cards. Null at the edges.
 */
export function keyboardTarget(
  direction: ArrowDirection,
  columnIds: readonly string[],
  items: BoardItems,
  activeId: string,
  overId: string | null,
  centerYOf: (id: string) => number | null,
  activeCenterY: number,
): string | null {
  const columnId = containerOf(items, activeId);
  if (!columnId) return null;
  const order = items[columnId]!;
  if (direction === 'up' || direction === 'down') {
    const at = overId !== null && order.includes(overId) ? order.indexOf(overId) : order.indexOf(activeId);
    return order[at + (direction === 'up' ? -1 : 1)] ?? null;
  }
  const target = columnIds[columnIds.indexOf(columnId) + (direction === 'left' ? -1 : 1)];
  if (target === undefined || !(target in items)) return null;
  let best: string = target;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const id of items[target]!) {
    const y = centerYOf(id);
    if (y === null) continue;
    const distance = Math.abs(y - activeCenterY);
    if (distance < bestDistance) [best, bestDistance] = [id, distance];
  }
  return best;
}
