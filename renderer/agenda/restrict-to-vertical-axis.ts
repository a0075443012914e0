import type { Modifier } from '@dnd-kit/core';

/** Keeps a dragged step in its column (the same as @dnd-kit/modifiers' restrictToVerticalAxis). */
export const restrictToVerticalAxis: Modifier = ({ transform }) => ({ ...transform, x: 0 });
