import { eitherKey, keyName, type WidgetShortcut } from '../common/action';
import { tr } from '../common/i18n';

/** One key of the agenda list, its action and key names read in the language shown when the keyboard map is drawn. */
const listKey = (label: () => string, keys: () => string): WidgetShortcut => ({
  get area() {
    return tr('agenda.keys.area');
  },
  get label() {
    return label();
  },
  get keys() {
    return keys();
  },
});

/** The keys of the agenda's sortable list, for the keyboard map. */
export const AGENDA_WIDGET_SHORTCUTS: ReadonlyArray<WidgetShortcut> = [
  listKey(
    () => tr('agenda.keys.pickUp'),
    () => eitherKey(keyName('space'), keyName('enter')),
  ),
  listKey(
    () => tr('agenda.keys.move'),
    () => `${keyName('up')} / ${keyName('down')}`,
  ),
  listKey(
    () => tr('agenda.keys.cancel'),
    () => keyName('esc'),
  ),
  listKey(
    () => tr('agenda.keys.close'),
    () => eitherKey(keyName('enter'), keyName('esc')),
  ),
];
