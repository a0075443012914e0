import { eitherKey, keyName, type WidgetShortcut } from '../common/action';
import { tr } from '../common/i18n';

/** One key of a focused note, its action and key names read in the language shown when the keyboard map is drawn. */
const noteKey = (label: () => string, keys: () => string): WidgetShortcut => ({
  get area() {
    return tr('canvas.keys.area');
  },
  get label() {
    return label();
  },
  get keys() {
    return keys();
  },
});

/** Keys of a focused note on the canvas, for the keyboard map. */
export const CANVAS_WIDGET_SHORTCUTS: ReadonlyArray<WidgetShortcut> = [
  noteKey(
    () => tr('canvas.keys.move'),
    () => keyName('arrows'),
  ),
  noteKey(
    () => tr('canvas.keys.resize'),
    () => `${keyName('alt')}+${keyName('arrows')}`,
  ),
  noteKey(
    () => tr('canvas.keys.pickUp'),
    () => eitherKey(keyName('space'), keyName('enter')),
  ),
  noteKey(
    () => tr('canvas.keys.edit'),
    () => 'F2',
  ),
];
