import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, test } from 'vitest';
import { buildMenuTemplate } from '../../../electron/menu-template';
import { translator, type Language } from '../../../shared/i18n';

/** Labels that are the same word in both languages: names, and words French shares with English. */
const SAME_IN_BOTH = new Set(['English', 'Français', 'CoP Studio', 'Services', 'Impact', 'Sponsors']);

const menuIn = (language: Language, isMac: boolean) => buildMenuTemplate(() => undefined, isMac, { t: translator(language), system: 'en' });
const submenuOf = (item: MenuItemConstructorOptions) => (Array.isArray(item.submenu) ? item.submenu : []);
const shown = (label: string | undefined) => (label ?? '').replace(/&(?!&)/g, '');

/** Every item with its path ("&File › &Save"), in order. */
function items(menu: MenuItemConstructorOptions[], path = ''): Array<{ path: string; item: MenuItemConstructorOptions }> {
  return menu.flatMap((item) => {
    const here = `${path} › ${item.label ?? item.role ?? item.type}`;
    return [{ path: here, item }, ...items(submenuOf(item), here)];
  });
}

/** Each menu and submenu's items (the menu bar first). */
function menus(menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[][] {
  return [menu, ...menu.flatMap((item) => menus(submenuOf(item)))].filter((m) => m.length > 0);
}

const mnemonic = (label: string | undefined) => /&([^&])/.exec(label ?? '')?.[1]?.toLocaleLowerCase() ?? null;

describe('the application menu in French', () => {
  test.each([false, true])('leaves no English label (macOS: %s), and labels every item, roles included', (isMac) => {
    const english = items(menuIn('en', isMac));
    const french = items(menuIn('fr', isMac));
    expect(french.length).toBe(english.length);
    const left = french.flatMap(({ item }, i) => {
      if (item.type === 'separator') return [];
      if (!item.label) return [`${english[i]!.path}: no label, Electron would show its English one`];
      const same = shown(item.label) === shown(english[i]!.item.label);
      return same && !SAME_IN_BOTH.has(shown(item.label)) ? [`${english[i]!.path}: still “${shown(item.label)}”`] : [];
    });
    expect(left).toEqual([]);
  });

  test.each(['en', 'fr'] as const)('has one mnemonic letter per item at most, unique in each menu (%s)', (language) => {
    const clashes: string[] = [];
    for (const isMac of [false, true]) {
      for (const menu of menus(menuIn(language, isMac))) {
        const seen = new Map<string, string>();
        for (const item of menu) {
          expect((item.label ?? '').replace(/&&/g, '').split('&').length, item.label).toBeLessThanOrEqual(2);
          const letter = mnemonic(item.label);
          if (letter === null) continue;
          if (seen.has(letter)) clashes.push(`“${seen.get(letter)}” and “${item.label}” share ${letter}`);
          seen.set(letter, item.label!);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  test('keeps the English labels the tests and people know', () => {
    const english = menuIn('en', false);
    expect(english.map((m) => m.label)).toEqual(['&File', '&Edit', '&Canvas', '&View', '&Room', '&Help']);
    expect(menuIn('fr', false).map((m) => m.label)).toEqual(['&Fichier', '&Édition', '&Canevas', '&Affichage', '&Salle', 'A&ide']);
    const labels = items(english).map(({ item }) => item.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        '&New Workshop',
        'Summary as PDF (&A4)…',
        'New &Activity (Backlog)',
        '&Projector Mode',
        'Cut',
        'Toggle Full Screen',
      ]),
    );
  });
});
