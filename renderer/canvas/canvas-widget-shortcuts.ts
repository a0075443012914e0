import type { WidgetShortcut } from '../common/action';

/** Keys of a focused note on the canvas, for the keyboard map. */
export const CANVAS_WIDGET_SHORTCUTS: ReadonlyArray<WidgetShortcut> = [
  { area: 'Sticky note', label: 'Move the note (Shift: bigger steps)', keys: 'Arrows' },
  { area: 'Sticky note', label: 'Resize the note (Shift: bigger steps)', keys: 'Alt+Arrows' },
  { area: 'Sticky note', label: 'Pick up to drag, then drop', keys: 'Space or Enter' },
  { area: 'Sticky note', label: 'Edit the text', keys: 'F2' },
];
