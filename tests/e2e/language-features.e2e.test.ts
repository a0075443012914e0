import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { serializeWorkshop } from '../../electron/services/workshop-files';
import { realisticWorkshop } from '../fixtures/realistic-workshop';
import { layoutProblems } from './geometry';
import { launchApp, type LaunchedApp } from './launch-app';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { screenshot } from './screenshot';

closeAppsAfterEachTest();

const SMALL = { width: 1024, height: 768 };

async function openRealistic(app: LaunchedApp): Promise<void> {
  const file = path.join(app.documentsDir, 'kickoff.copstudio');
  await fs.mkdir(app.documentsDir, { recursive: true });
  await fs.writeFile(file, serializeWorkshop(realisticWorkshop()));
  app.answerNextDialog(file);
  await app.page.getByRole('button', { name: 'Open workshop…' }).click();
  await expect
    .poll(() => app.page.getByRole('textbox', { name: 'Workshop title' }).inputValue())
    .toBe('Software Craftsmanship CoP — vision workshop');
}

const count = (page: Page, role: Parameters<Page['getByRole']>[0], name: string | RegExp) =>
  page.getByRole(role, { name, exact: typeof name === 'string' }).count();

/** Looks at the whole page: screenshot for a person, and the layout checks (nothing clipped or overflowing). */
async function looksRight(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect(await layoutProblems(page), name).toEqual([]);
}

describe('people, goals, sponsors and impact in French', () => {
  test('every view speaks French — plurals, dates and numbers included — and the layout holds at 1024×768', async () => {
    const app = await launchApp({ viewport: SMALL });
    const { page } = app;
    try {
      await openRealistic(app);
      await app.menu('view.language.fr');
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');

      // People: role groups, a plural summary, the check-in, a member's card with a French date.
      await app.menu('view.show.people');
      await expect.poll(() => count(page, 'heading', 'Membres du noyau (2)')).toBe(1);
      expect(await count(page, 'heading', 'Membres occasionnels (2)')).toBe(1);
      expect(await page.getByText('9 membres · 6 présents à cet atelier').count()).toBe(1);
      expect(await count(page, 'checkbox', 'Présence de Camille Martin à cet atelier')).toBe(1);
      expect(await count(page, 'button', 'Ajouter un membre')).toBe(1);
      expect(await count(page, 'searchbox', 'Rechercher des membres')).toBe(1);
      expect(await page.getByText('membre depuis le 1 oct. 2026').count()).toBe(9);
      await looksRight(page, 'fr-people-1024');
      await page.getByRole('searchbox', { name: 'Rechercher des membres' }).fill('payments');
      await expect.poll(() => page.getByRole('status').getByText('2 membres sur 9 correspondent à « payments ».').count()).toBe(1);
      await page.getByRole('searchbox', { name: 'Rechercher des membres' }).fill('');
      await page.getByRole('button', { name: 'Ajouter un membre' }).click();
      const memberDialog = page.getByRole('dialog', { name: 'Ajouter un membre' });
      await expect.poll(() => memberDialog.getByRole('combobox', { name: 'Rôle' }).count()).toBe(1);
      expect(await memberDialog.getByRole('option', { name: 'Actif' }).count()).toBe(1);
      await looksRight(page, 'fr-member-dialog-1024');
      await memberDialog.getByRole('button', { name: 'Annuler' }).click();

      // Goals: a plural summary, the objectives table with French numbers and dates.
      await app.menu('view.show.goals');
      await expect.poll(() => count(page, 'heading', 'Objectifs')).toBe(1);
      expect(await page.getByText('3 objectifs · 4 indicateurs mesurables').count()).toBe(1);
      expect(await count(page, 'button', 'Nouvel objectif')).toBe(1);
      expect(await count(page, 'columnheader', 'Cible')).toBe(3);
      expect(await page.getByRole('cell', { name: '30 juin 2027' }).count()).toBe(1);
      expect(await count(page, 'button', 'Ajouter un indicateur à Reuse instead of rewrite')).toBe(1);
      await looksRight(page, 'fr-goals-1024');
      await page.getByRole('heading', { name: 'Code we are proud of' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'fr-goals-1024-lower');
      await page.getByRole('button', { name: 'Supprimer l’objectif Reuse instead of rewrite' }).click();
      const confirm = page.getByRole('dialog', { name: 'Supprimer l’objectif « Reuse instead of rewrite » ?' });
      await expect.poll(() => confirm.getByText('2 indicateurs seront supprimés avec lui.').count()).toBe(1);
      await confirm.getByRole('button', { name: 'Annuler' }).click();
      await page.getByRole('button', { name: 'Ajouter un indicateur à Practise every week' }).click();
      const objectiveDialog = page.getByRole('dialog', { name: 'Nouvel indicateur pour « Practise every week »' });
      await expect.poll(() => objectiveDialog.getByRole('textbox', { name: 'Valeur de départ' }).count()).toBe(1);
      await objectiveDialog.getByRole('button', { name: 'Ajouter l’indicateur' }).click();
      await expect.poll(() => objectiveDialog.getByText('La valeur de départ est un nombre : là d’où vous partez.').count()).toBe(1);
      await looksRight(page, 'fr-objective-dialog-1024');
      await objectiveDialog.getByRole('button', { name: 'Annuler' }).click();

      // Sponsors: statuses counted in French, asks with French dates and amounts, the pitch.
      await app.menu('view.show.sponsors');
      await expect.poll(() => count(page, 'heading', 'Demandes aux sponsors')).toBe(1);
      expect(await page.getByText('1 en brouillon · 1 demandée · 1 accordée').count()).toBe(1);
      expect(await page.getByText(/^6\s000 EUR per year$/).count()).toBe(1);
      expect(await page.getByText('24 nov. 2026').count()).toBe(1);
      const status = page.getByRole('combobox', { name: 'Statut de Two hours per person per month for community activities' });
      expect(await status.getByRole('option', { name: 'Accordée' }).count()).toBe(1);
      await looksRight(page, 'fr-sponsors-1024');
      await page.getByRole('button', { name: 'Nouvelle demande' }).click();
      const askDialog = page.getByRole('dialog', { name: 'Nouvelle demande au sponsor' });
      await expect.poll(() => askDialog.getByRole('textbox', { name: 'Unité' }).inputValue()).toBe('h par personne et par mois');
      await looksRight(page, 'fr-ask-dialog-1024');
      await askDialog.getByRole('button', { name: 'Annuler' }).click();
      await page.getByRole('button', { name: 'Présenter le pitch' }).click();
      await expect.poll(() => count(page, 'heading', 'Pourquoi c’est important, et ce dont nous avons besoin')).toBe(1);
      expect(await page.getByText('7 personnes : 2 du noyau, 3 membres actifs, 2 occasionnels').count()).toBe(1);
      await looksRight(page, 'fr-pitch-1024');
      await page.getByRole('heading', { name: 'Ce que nous demandons' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'fr-pitch-1024-asks');
      await page.getByRole('button', { name: 'Retour aux demandes' }).click();

      // Impact: a chart's sentence with French dates and a plural, the table toggle, the measurement form.
      await app.menu('view.show.impact');
      await expect.poll(() => count(page, 'heading', 'Progression vers les cibles')).toBe(1);
      expect(await page.getByText('4 indicateurs · 7 mesures').count()).toBe(1);
      const reuse = page.getByRole('region', { name: 'Indicateur : Duplicated internal libraries' });
      expect(
        await reuse
          .getByText(
            /^4 mesures du 24 nov\. 2026 au 17 févr\. 2027\. Dernière mesure : 10 libraries, soit 57 % du chemin de 14 libraries à 7 libraries\.$/,
          )
          .count(),
      ).toBe(1);
      expect(await reuse.getByRole('form', { name: 'Enregistrer une mesure de Duplicated internal libraries' }).count()).toBe(1);
      await looksRight(page, 'fr-impact-1024');
      await page.getByRole('heading', { name: 'Activités réalisées par mois' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'fr-impact-1024-activities');
      await page.getByRole('heading', { name: 'Bilan des activités réalisées' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'fr-impact-1024-outcomes');
      await reuse.getByRole('button', { name: 'Afficher en tableau' }).click();
      await expect.poll(() => reuse.getByRole('button', { name: 'Supprimer la mesure du 17 févr. 2027' }).count()).toBe(1);

      // The keyboard map reads the sponsor pitch's action in the language shown.
      await app.menu('help.shortcuts');
      await expect
        .poll(() => page.getByRole('dialog').getByRole('cell', { name: 'Afficher ou quitter le pitch pour les sponsors' }).count())
        .toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

      // And back to English, as it was.
      await app.menu('view.language.en');
      await expect.poll(() => count(page, 'heading', 'Progress toward the objectives')).toBe(1);
      expect(await page.getByText('4 objectives · 7 measurements').count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Delete measurement of 17 Feb 2027' }).count()).toBe(1);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
