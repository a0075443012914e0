import type { WidgetShortcut } from '../common/action';

/** The keys of the agenda's sortable list, for the keyboard map. */
export const AGENDA_WIDGET_SHORTCUTS: ReadonlyArray<WidgetShortcut> = [
  { area: 'Agenda list', label: 'Pick up or drop the step (on its move handle)', keys: 'Space or Enter' },
  { area: 'Agenda list', label: 'Move the picked-up step', keys: 'Up / Down' },
  { area: 'Agenda list', label: 'Cancel the move', keys: 'Esc' },
  { area: 'Agenda list', label: 'Close the step editor', keys: 'Enter or Esc' },
];
