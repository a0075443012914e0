import type { MenuItemConstructorOptions } from 'electron';
import { expect, test } from 'vitest';
import { buildMenuTemplate } from '../../../electron/menu-template';
import { withMnemonics } from '../../../electron/menu-mnemonics';
import { translator } from '../../../shared/i18n';
import { VIEW_IDS } from '../../../shared/schema';

test('each name gets the first letter no name before it took; a literal & is doubled', () => {
  expect(withMnemonics(['Canvas', 'Backlog', 'People', 'Goals', 'Sponsors', 'Impact', 'Agenda'])).toEqual([
    '&Canvas',
    '&Backlog',
    '&People',
    '&Goals',
    '&Sponsors',
    '&Impact',
    '&Agenda',
  ]);
  expect(withMnemonics(['Canevas', 'Activités', 'Membres', 'Objectifs', 'Sponsors', 'Impact', 'Ordre du jour'])).toEqual([
    '&Canevas',
    '&Activités',
    '&Membres',
    '&Objectifs',
    '&Sponsors',
    '&Impact',
    'O&rdre du jour',
  ]);
  expect(withMnemonics(['Means & ends', 'Mean'])).toEqual(['&Means && ends', 'M&ean']);
  expect(withMnemonics(['É', 'é'])).toEqual(['&É', 'é']);
});

test('View ▸ Go To lists the views under the names the navigation bar shows, in both languages', () => {
  const goTo = (language: 'en' | 'fr') => {
    const t = translator(language);
    const view = buildMenuTemplate(() => undefined, false, { t, system: 'en' }).find((m) => m.label === t('menu.view.label'))!;
    const submenu = (view.submenu as MenuItemConstructorOptions[]).find((m) => m.label === t('menu.view.goTo'))!;
    return (submenu.submenu as MenuItemConstructorOptions[]).map((m) => m.label);
  };
  for (const language of ['en', 'fr'] as const) {
    const t = translator(language);
    expect(goTo(language).map((label) => label?.replace(/&(?!&)/g, ''))).toEqual(VIEW_IDS.map((view) => t(`common.views.${view}`)));
    expect(goTo(language).every((label) => /&[^&]/.test(label ?? ''))).toBe(true);
  }
  expect(goTo('fr')).toContain('O&rdre du jour');
});
