import type { WidgetShortcut } from '../common/action';
import { tr } from '../common/i18n';

/** One key of the agenda list, read in the language shown when the keyboard map is drawn. */
const listKey = (label: () => string, keys: string): WidgetShortcut => ({
  get area() {
    return tr('agenda.keys.area');
  },
  get label() {
    return label();
  },
  keys,
});

/** The keys of the agenda's sortable list, for the keyboard map. */
export const AGENDA_WIDGET_SHORTCUTS: ReadonlyArray<WidgetShortcut> = [
  listKey(() => tr('agenda.keys.pickUp'), 'Space or Enter'),
  listKey(() => tr('agenda.keys.move'), 'Up / Down'),
  listKey(() => tr('agenda.keys.cancel'), 'Esc'),
  listKey(() => tr('agenda.keys.close'), 'Enter or Esc'),
];
