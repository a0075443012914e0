import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { serializeWorkshop } from '../../electron/services/workshop-files';
import { newId } from '../../shared/domain/ids';
import { createWorkshopFromTemplate } from '../../shared/domain/workshop-templates';
import { translator } from '../../shared/i18n';
import { briefTitles, sectionTitle } from '../../shared/summary/summary-model';
import { launchApp, type LaunchedApp } from './launch-app';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { screenshot } from './screenshot';

closeAppsAfterEachTest();

const fr = translator('fr');
const SMALL = { width: 1024, height: 768 };
const pdftext = (file: string, ...args: string[]) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', ...args, file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const pdfPages = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

/**
 * Runs an export and waits until the app says it is done — the notice naming the file, in whatever language — so
 * the next export is not refused as "one at a time" (the file itself appears a moment before the export ends).
 */
async function exported(
  app: LaunchedApp,
  command: 'export.pdf.a4' | 'export.pdf.brief' | 'export.markdown',
  name: string,
): Promise<string> {
  const file = path.join(app.documentsDir, name);
  app.answerNextDialog(file);
  await app.menu(command);
  await expect.poll(() => app.page.getByRole('status').filter({ hasText: name }).count(), { timeout: 60_000 }).toBe(1);
  expect(existsSync(file)).toBe(true);
  return file;
}

/** A note on the canvas, found by its text whatever the interface language ("Note: …", « Note : … »). */
const note = (page: Page, text: string) => page.getByRole('button', { name: new RegExp(`^Note ?: ${text}`) });

describe('a workshop run in French, exported in French', () => {
  test('notes, a dot, a goal and an ask in French; the PDF, the sponsor brief and the Markdown are French, with French dates', async () => {
    const app = await launchApp({ viewport: SMALL });
    const { page } = app;
    try {
      // A French vision workshop, as the welcome screen makes it in French; Ada was checked in and votes.
      const w = createWorkshopFromTemplate('vision', new Date('2026-12-03T09:00:00Z'), 'fr');
      const ada = { id: newId(), name: 'Ada Lovelace', team: '', role: 'core' as const, interests: [], joined: null, contact: '' };
      w.members.push(ada);
      w.meta.participantIds = [ada.id];
      w.canvas.voting.participantIds = [ada.id];
      w.meta.community = 'Artisans du logiciel';
      w.meta.nextSessionDate = '2027-01-14';
      const file = path.join(app.documentsDir, 'atelier.copstudio');
      await fs.mkdir(app.documentsDir, { recursive: true });
      await fs.writeFile(file, serializeWorkshop(w));
      app.answerNextDialog(file);
      await app.menu('file.open');
      const domain = page.getByRole('region', { name: /Domaine \(ce qui nous tient à cœur\)/ });
      await expect.poll(() => domain.count()).toBe(1);
      await app.menu('view.language.fr');
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');

      // Notes, typed as the room dictates them (N in a zone opens the new note's editor).
      for (const text of ['Le développement piloté par les tests', 'Refactoriser le code existant sans peur']) {
        await domain.focus();
        await page.keyboard.press('n');
        await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
        await page.keyboard.type(text);
        await page.keyboard.press('Escape');
        await expect.poll(() => note(page, text).count()).toBe(1);
      }

      // The agenda's fourth step is the dot vote: Ada places one dot.
      for (let i = 0; i < 3; i++) await app.menu('agenda.step.next');
      await expect.poll(() => page.getByRole('status', { name: /^(Dots left|Points restants)$/ }).count()).toBe(1);
      await note(page, 'Le développement').focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByRole('status', { name: /^(Dots left|Points restants)$/ }).textContent())
        .toMatch(/Ada Lovelace ?: 2/);

      // A goal with a measurable objective, and an ask, through the French dialogs.
      await app.menu('view.show.goals');
      await page.getByRole('button', { name: fr('goals.newGoal'), exact: true }).click();
      const goalDialog = page.getByRole('dialog', { name: fr('goals.goalDialog.newTitle') });
      await goalDialog.getByRole('textbox', { name: fr('goals.goalDialog.goal') }).fill('Pratiquer chaque semaine');
      await goalDialog.getByRole('button', { name: fr('goals.goalDialog.add') }).click();
      await page.getByRole('button', { name: fr('goals.card.addObjectiveTo', { title: 'Pratiquer chaque semaine' }) }).click();
      const objectiveDialog = page.getByRole('dialog', {
        name: fr('goals.objectiveDialog.newTitle', { goal: 'Pratiquer chaque semaine' }),
      });
      await objectiveDialog.getByRole('textbox', { name: fr('goals.objectiveDialog.indicator') }).fill('Personnes à un kata chaque mois');
      await objectiveDialog.getByRole('textbox', { name: fr('goals.objectiveDialog.unit') }).fill('personnes');
      await objectiveDialog.getByLabel(fr('goals.objectiveDialog.dueDate')).fill('2027-06-30');
      await objectiveDialog.getByRole('textbox', { name: fr('goals.objectiveDialog.baseline') }).fill('4');
      await objectiveDialog.getByRole('textbox', { name: fr('goals.objectiveDialog.target') }).fill('1250');
      await objectiveDialog.getByRole('button', { name: fr('goals.objectiveDialog.add') }).click();
      await expect.poll(() => objectiveDialog.count()).toBe(0);

      await app.menu('view.show.sponsors');
      await page.getByRole('button', { name: fr('sponsors.newAsk'), exact: true }).click();
      const askDialog = page.getByRole('dialog', { name: fr('sponsors.dialog.newTitle') });
      await askDialog.getByRole('textbox', { name: fr('sponsors.dialog.what') }).fill('Deux heures par mois pour les katas');
      await askDialog.getByRole('textbox', { name: fr('sponsors.dialog.amount') }).fill('2');
      await askDialog.getByRole('button', { name: fr('sponsors.dialog.add') }).click();
      await expect.poll(() => askDialog.count()).toBe(0);

      // The workshop details say the summary is written in French (the app's language: this workshop was made in it).
      await app.menu('file.details');
      const summaryLanguage = page.getByRole('combobox', { name: fr('language.summary.label') });
      await expect.poll(() => summaryLanguage.inputValue()).toBe('fr');
      await screenshot(page, 'fr-details-summary-language-1024');
      await page.keyboard.press('Escape');

      // The PDF: French headings, French dates, French page numbers.
      const pdf = await exported(app, 'export.pdf.a4', 'atelier-synthese.pdf');
      await expect
        .poll(
          () => {
            try {
              return pdfPages(pdf);
            } catch {
              return 0;
            }
          },
          { timeout: 30_000 },
        )
        .toBeGreaterThan(1);
      const text = pdftext(pdf);
      const titles = briefTitles('fr');
      for (const heading of [
        titles.brief.toUpperCase(),
        titles.vision,
        titles.themes,
        titles.goals,
        titles.ask,
        titles.activities,
        titles.nextSession,
      ])
        expect(text).toContain(heading);
      for (const kind of ['canvas', 'goals', 'members', 'agenda'] as const) expect(text).toContain(sectionTitle(kind, 'fr'));
      expect(text).toContain(fr('summary.canvas.notesByZone'));
      expect(text).toContain('3 décembre 2026 · 1 participant');
      expect(text).toContain('14 janvier 2027');
      expect(text).toContain('4 personnes → 1 250 personnes d’ici le 30 juin 2027');
      expect(text).toContain('Domaine : Le développement piloté par les tests · Refactoriser le code existant sans peur');
      expect(text).toContain('1 vote');
      for (const word of ['Brouillon', 'Temps dédié', '2 h par personne et par mois']) expect(text).toContain(word);
      expect(text).toContain(`Page 1 sur ${pdfPages(pdf)}`);
      expect(text).not.toMatch(/Sponsor brief|The ask|Next session|Page 1 of/);

      // The sponsor brief alone: one French page.
      const brief = await exported(app, 'export.pdf.brief', 'atelier-note.pdf');
      await expect
        .poll(
          () => {
            try {
              return pdfPages(brief);
            } catch {
              return 0;
            }
          },
          { timeout: 30_000 },
        )
        .toBe(1);
      expect(pdftext(brief)).toContain('NOTE AU SPONSOR');

      // The Markdown, in French too.
      const markdown = await exported(app, 'export.markdown', 'atelier-synthese.md');
      const md = await fs.readFile(markdown, 'utf8');
      expect(md).toContain(`## ${titles.ask}\n`);
      expect(md).toContain('*Artisans du logiciel · Note au sponsor* — 3 décembre 2026 · 1 participant');
      expect(md).toContain('## Prochaine séance\n\n**14 janvier 2027**');
      expect(md).toContain('1. Le développement piloté par les tests *(1 vote)*');
      expect(md).toContain('| Deux heures par mois pour les katas | Temps dédié |');
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  test('the welcome screen opens the example workshop of the app’s language: in French, the French example', async () => {
    const app = await launchApp({ viewport: SMALL });
    const { page } = app;
    try {
      const welcome = page.getByRole('main');
      await expect.poll(() => welcome.getByRole('button', { name: /example|exemple/i }).count()).toBe(1);
      await app.menu('view.language.fr');
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
      await welcome.getByRole('button', { name: /example|exemple/i }).click();
      await expect.poll(() => note(page, 'Développement piloté par les tests').count()).toBe(1);
      expect(await page.getByRole('region', { name: /Domaine \(ce qui nous tient à cœur\)/ }).count()).toBe(1);
      await screenshot(page, 'fr-example-canvas-1024');
      // Its summary is French, as the example says.
      const markdown = await exported(app, 'export.markdown', 'exemple.md');
      expect(await fs.readFile(markdown, 'utf8')).toMatch(
        /^# Software Craftsmanship — atelier de lancement\n\n\*Communauté Software Craftsmanship · Note au sponsor\* — 24 novembre 2026 · 7 participants · animé par Camille Martin/,
      );
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
