import { AGENDA_WIDGET_SHORTCUTS } from '../agenda/agenda-widget-shortcuts';
import { CANVAS_WIDGET_SHORTCUTS } from '../canvas/canvas-widget-shortcuts';

/**
 * Keys that work inside one focused widget (a sortable list, a note on the canvas…), for the keyboard map.
 * They are handled by the widget itself, not by the action registry. Feature folders add theirs here.
 */
export interface WidgetShortcut {
  /** The heading it is listed under in the keyboard map, e.g. "Agenda list". */
  area: string;
  label: string;
  keys: string;
}

export const WIDGET_SHORTCUTS: ReadonlyArray<WidgetShortcut> = [
  // — one spread per feature folder —
  ...AGENDA_WIDGET_SHORTCUTS,
  ...CANVAS_WIDGET_SHORTCUTS,
];
