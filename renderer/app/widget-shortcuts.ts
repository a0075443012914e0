import type { WidgetShortcut } from '../common/action';
import { AGENDA_WIDGET_SHORTCUTS } from '../agenda/agenda-widget-shortcuts';
import { BACKLOG_WIDGET_SHORTCUTS } from '../backlog/backlog-widget-shortcuts';
import { CANVAS_WIDGET_SHORTCUTS } from '../canvas/canvas-widget-shortcuts';

/**
 * Keys that work inside one focused widget (a sortable list, a note on the canvas, a backlog card), for the
 * keyboard map. The widget handles them itself; each feature folder declares its own, the app lists them here.
 */
export const WIDGET_SHORTCUTS: ReadonlyArray<WidgetShortcut> = [
  ...AGENDA_WIDGET_SHORTCUTS,
  ...CANVAS_WIDGET_SHORTCUTS,
  ...BACKLOG_WIDGET_SHORTCUTS,
];
