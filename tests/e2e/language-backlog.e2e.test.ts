import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Workshop } from '../../shared/schema';
import { preparedWorkshop, writeWorkshop } from './backlog-fixtures';
import { layoutProblems } from './geometry';
import { launchApp } from './launch-app';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { screenshot } from './screenshot';

closeAppsAfterEachTest();

const SMALL = { width: 1024, height: 768 };

/** A French-speaking facilitator's workshop: its own content (columns, titles) is in French and stays as written. */
function frenchWorkshop(): Workshop {
  const w = preparedWorkshop();
  ['Idées', 'À suivre', 'En cours', 'Terminé'].forEach((title, i) => (w.backlog.columns[i]!.title = title));
  return w;
}

const column = (page: Page, name: string) => page.getByRole('main').getByRole('region', { name, exact: true });
const cardsIn = (page: Page, name: string) =>
  column(page, name)
    .getByRole('list')
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
const announcement = (page: Page) => page.getByRole('status').evaluateAll((nodes) => nodes.map((n) => n.textContent ?? '').join(' | '));

describe('the backlog in French', () => {
  test('a card added, described and moved by keyboard, all in French; the layout holds at 1024×768', async () => {
    // A remembered theme shows when the app has read its preferences: a language chosen before that would be
    // overridden by the remembered one, as it would be if a person could reach the menu that fast.
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cop-studio-fr-'));
    await fs.writeFile(path.join(dataDir, 'preferences.json'), JSON.stringify({ preferences: { theme: 'dark' } }));
    const app = await launchApp({ viewport: SMALL, dataDir });
    const { page } = app;
    try {
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await app.menu('view.theme.light');
      await app.menu('view.language.fr');
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
      app.answerNextDialog(await writeWorkshop(app.documentsDir, 'atelier.cop.json', frenchWorkshop()));
      await app.menu('file.open');
      // Going to a view does nothing until the workshop is open (the welcome screen shows until then).
      await expect
        .poll(async () => {
          await app.menu('view.show.backlog');
          return column(page, 'Idées').count();
        })
        .toBe(1);

      // The board's own words are French; the workshop's stay as the facilitator wrote them.
      await expect.poll(() => page.getByRole('heading', { name: 'Tableau des activités', level: 1 }).count()).toBe(1);
      await expect
        .poll(() => page.getByRole('toolbar', { name: 'Tableau des activités' }).getByRole('button', { name: 'Nouvelle activité' }).count())
        .toBe(1);
      await expect.poll(() => page.getByRole('status', { name: 'Activités affichées' }).textContent()).toBe('6 activités');
      await expect
        .poll(() => cardsIn(page, 'Idées'))
        .toEqual(['Open source interne : Open the logging library to all teams', 'Meetup : Join the city craftsmanship meetup']);
      const meetup = column(page, 'Idées').getByRole('listitem').nth(1);
      await expect.poll(() => meetup.textContent()).toContain('Prévue le 14 janv. 2027');
      await expect.poll(() => column(page, 'À suivre').getByRole('listitem').first().textContent()).toContain('Responsable : Ada Lovelace');
      await expect.poll(() => column(page, 'À suivre').getByRole('listitem').first().textContent()).toContain('Charge : 8 h');
      await expect.poll(() => page.getByText('Au clavier : placez-vous sur une carte').count()).toBe(1);
      await screenshot(page, 'fr-backlog-1024');
      expect(await layoutProblems(page)).toEqual([]);

      // Add an activity by the column's button, in French.
      await page.getByRole('button', { name: 'Ajouter une activité dans Idées' }).click();
      const dialog = page.getByRole('dialog', { name: 'Nouvelle activité' });
      await dialog.getByRole('textbox', { name: 'Titre' }).fill('TDD sur le code de facturation');
      await dialog.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Kata de code' });
      await dialog.getByRole('spinbutton', { name: 'Charge (heures)' }).fill('1.5');
      await screenshot(page, 'fr-backlog-new-activity-1024');
      expect(await layoutProblems(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Ajouter l’activité' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
      const name = 'Kata de code : TDD sur le code de facturation';
      await expect.poll(() => cardsIn(page, 'Idées')).toContain(name);
      await expect.poll(() => page.getByRole('status', { name: 'Activités affichées' }).textContent()).toBe('7 activités');
      await expect.poll(() => column(page, 'Idées').getByRole('listitem').last().textContent()).toContain('Charge : 1,5 h');

      // Move it by keyboard: Space picks it up, the right arrow goes to the next column, Space drops; said in French.
      const card = page.getByRole('button', { name, exact: true });
      await card.focus();
      await expect.poll(() => card.getAttribute('aria-roledescription')).toBe('carte d’activité');
      await page.keyboard.press('Space');
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
      await expect.poll(() => announcement(page)).toContain(`Carte « ${name} » prise dans la colonne Idées, position 3 sur 3.`);
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => announcement(page))
        .toMatch(new RegExp(`Carte « ${name} » au-dessus de la colonne À suivre, position \\d sur 3\\.`));
      await screenshot(page, 'fr-backlog-keyboard-drag-1024');
      await page.keyboard.press('Space');
      await expect
        .poll(() => announcement(page))
        .toMatch(new RegExp(`Carte « ${name} » déplacée dans la colonne À suivre, position \\d sur 3\\.`));
      await expect.poll(() => cardsIn(page, 'À suivre')).toContain(name);
      await expect.poll(() => cardsIn(page, 'Idées')).not.toContain(name);

      // The column settings dialog, the longest French texts of the board.
      await page.getByRole('button', { name: 'Réglages de la colonne À suivre' }).click();
      const settings = page.getByRole('dialog', { name: 'Réglages de la colonne' });
      await expect.poll(() => settings.getByText('Position 2 sur 4').count()).toBe(1);
      await expect.poll(() => settings.getByText('Ses 3 cartes vont dans').count()).toBe(1);
      await screenshot(page, 'fr-backlog-column-settings-1024');
      expect(await layoutProblems(page)).toEqual([]);
      await settings.getByRole('button', { name: 'Terminé' }).click();
      await expect.poll(() => settings.count()).toBe(0);

      // Delete it from the keyboard: the notice says how to undo, in French.
      await card.focus();
      await page.keyboard.press('Delete');
      await expect.poll(() => announcement(page)).toContain(`Activité « ${name} » supprimée. Pour l’annuler : Ctrl+Z.`);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
