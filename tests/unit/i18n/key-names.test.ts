import { afterAll, describe, expect, test } from 'vitest';
import { ACTION_SPECS, type ActionId } from '../../../shared/actions/action-specs';
import { chordLabel, parseChord } from '../../../shared/actions/keys';
import { WIDGET_SHORTCUTS } from '../../../renderer/app/widget-shortcuts';
import { keyNames, shortcutOf } from '../../../renderer/common/action';
import { useLanguageStore } from '../../../renderer/common/i18n';

/** Key names (and the "or" between two keys) as an English keyboard map writes them. */
const ENGLISH_KEY_NAMES = /\b(Space|Enter|Esc|Escape|Delete|Backspace|Shift|Up|Down|Left|Right|PageUp|PageDown|Home|End|Arrows|or)\b/;

describe('key names in the interface language (issue 15)', () => {
  afterAll(() => useLanguageStore.getState().setPreference('en'));

  test('a chord reads with the language’s key names: Maj, Suppr, Espace…', () => {
    const fr = (() => {
      useLanguageStore.getState().setPreference('fr');
      return keyNames();
    })();
    expect(chordLabel(parseChord('Mod+Shift+S'), 'other', fr)).toBe('Ctrl+Maj+S');
    expect(chordLabel(parseChord('Delete'), 'other', fr)).toBe('Suppr');
    expect(chordLabel(parseChord('Mod+Shift+Up'), 'other', fr)).toBe('Ctrl+Maj+Haut');
    expect(chordLabel(parseChord('Esc'), 'mac', fr)).toBe('Échap');
    expect(chordLabel(parseChord('Mod+Shift+Up'), 'mac', fr)).toBe('⇧⌘↑');
    // English as before, with or without names given.
    expect(chordLabel(parseChord('Mod+Shift+Up'), 'other')).toBe('Ctrl+Shift+Up');
    useLanguageStore.getState().setPreference('en');
    expect(chordLabel(parseChord('Space'), 'other', keyNames())).toBe('Space');
  });

  test('in French, no English key name is left in the keyboard map: the widgets’ keys and every action’s shortcut', () => {
    useLanguageStore.getState().setPreference('fr');
    const widgetKeys = WIDGET_SHORTCUTS.map((s) => s.keys);
    expect(widgetKeys).toContain('Espace ou Entrée');
    expect(widgetKeys).toContain('Alt+Flèches');
    expect(widgetKeys.filter((keys) => ENGLISH_KEY_NAMES.test(keys))).toEqual([]);
    const shortcuts = (Object.keys(ACTION_SPECS) as ActionId[]).map((id) => shortcutOf(id, 'other')).filter(Boolean);
    expect(shortcuts.length).toBeGreaterThan(20);
    expect(shortcuts.filter((keys) => ENGLISH_KEY_NAMES.test(keys))).toEqual([]);
    // And back in English, the English names.
    useLanguageStore.getState().setPreference('en');
    expect(WIDGET_SHORTCUTS.map((s) => s.keys)).toContain('Space or Enter');
  });
});
