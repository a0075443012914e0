import { shortcutOf, type WidgetShortcut } from '../common/action';
import { tr } from '../common/i18n';

/** A card's keys, read in the language shown (getters). */
const cardKey = (label: 'open' | 'delete' | 'pickUp' | 'move' | 'cancel', keys: string): WidgetShortcut => ({
  get area() {
    return tr('backlog.keys.area');
  },
  get label() {
    return label === 'delete' ? tr('backlog.keys.delete', { shortcut: shortcutOf('edit.undo') }) : tr(`backlog.keys.${label}`);
  },
  keys,
});

/** The keys of a focused backlog card (its sortable board), for the keyboard map. */
export const BACKLOG_WIDGET_SHORTCUTS: ReadonlyArray<WidgetShortcut> = [
  cardKey('open', 'Enter'),
  cardKey('delete', 'Delete'),
  cardKey('pickUp', 'Space'),
  cardKey('move', '← ↑ → ↓'),
  cardKey('cancel', 'Esc'),
];
