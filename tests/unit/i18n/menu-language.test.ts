import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, test } from 'vitest';
import { buildMenuTemplate } from '../../../electron/menu-template';
import { translator } from '../../../shared/i18n';

const submenuOf = (item: MenuItemConstructorOptions | undefined) => (Array.isArray(item?.submenu) ? item.submenu : []);

function languageMenu(menu: MenuItemConstructorOptions[], label: string) {
  // The View menu, whatever its name in the language shown.
  return submenuOf(menu.flatMap(submenuOf).find((item) => item.label === label));
}

describe('View ▸ Language', () => {
  test('offers the system language and each language by its own name, and sends the choice', () => {
    const sent: string[] = [];
    const items = languageMenu(
      buildMenuTemplate((c) => sent.push(c), false, { t: translator('en'), system: 'fr' }),
      'Language',
    );
    expect(items.map((i) => i.label)).toEqual(['System language (Français)', 'English', 'Français']);
    items[2]?.click?.({} as never, undefined, {} as never);
    items[0]?.click?.({} as never, undefined, {} as never);
    expect(sent).toEqual(['view.language.fr', 'view.language.system']);
  });

  test('speaks French when the interface does', () => {
    const items = languageMenu(
      buildMenuTemplate(() => undefined, false, { t: translator('fr'), system: 'en' }),
      'Langue',
    );
    expect(items.map((i) => i.label)).toEqual(['Langue du système (English)', 'English', 'Français']);
  });
});
