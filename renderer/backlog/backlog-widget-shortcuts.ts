import { keyName, shortcutOf, type WidgetShortcut } from '../common/action';
import { tr } from '../common/i18n';

type CardKey = 'open' | 'delete' | 'pickUp' | 'move' | 'cancel';
type CardKeyName = 'enter' | 'delete' | 'space' | 'esc';

/** A card's key, read in the language shown (getters): "Suppr" in French. */
const cardKey = (label: CardKey, key: CardKeyName | null): WidgetShortcut => ({
  get area() {
    return tr('backlog.keys.area');
  },
  get label() {
    return label === 'delete' ? tr('backlog.keys.delete', { shortcut: shortcutOf('edit.undo') }) : tr(`backlog.keys.${label}`);
  },
  get keys() {
    return key ? keyName(key) : '← ↑ → ↓';
  },
});

/** The keys of a focused backlog card (its sortable board), for the keyboard map. */
export const BACKLOG_WIDGET_SHORTCUTS: ReadonlyArray<WidgetShortcut> = [
  cardKey('open', 'enter'),
  cardKey('delete', 'delete'),
  cardKey('pickUp', 'space'),
  cardKey('move', null),
  cardKey('cancel', 'esc'),
];
