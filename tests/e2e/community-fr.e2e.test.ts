/**
 * A community over time in French, at 1024×768 (issue 19): the Workshops dialog (start the next workshop, review
 * the open actions, rename one, delete one with its confirmation and undo), the health check (tally, reveal,
 * the trend across three checks in the Impact view and on the projector), value stories (add, edit, delete and
 * undo) and the stage. Every screen passes the layout checks; the projector's text is ≥ 20 px. Screenshots:
 * test-results/screenshots/fr-community-*.png.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { produce } from 'immer';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeWorkshop } from '../../electron/services/workshop-files';
import { setHealthRevealed, setHealthTally, startHealthCheck } from '../../shared/domain/health-check';
import { translator } from '../../shared/i18n';
import type { HealthDimension, Workshop } from '../../shared/schema';
import { realisticWorkshop } from '../fixtures/realistic-workshop';
import { layoutProblems, roomScreen } from './geometry';
import { launchApp, type LaunchedApp } from './launch-app';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { screenshot } from './screenshot';

closeAppsAfterEachTest();

const t = translator('fr');
const SMALL = { width: 1024, height: 768 };

/** The kick-off with two health checks taken before (May and November): value 25 then 50, fun 100 both times. */
function kickOff(): Workshop {
  return produce(realisticWorkshop(), (w) => {
    const tally = (id: string, dimension: HealthDimension, good: number, mixed: number, poor: number) =>
      setHealthTally(w, id, { dimension, levels: { good, mixed, poor }, trends: { better: 0, same: good + mixed + poor, worse: 0 } });
    const may = startHealthCheck(w, '2026-05-12', ['value', 'fun']);
    tally(may, 'value', 0, 2, 2);
    tally(may, 'fun', 4, 0, 0);
    setHealthRevealed(w, may, true);
    const november = startHealthCheck(w, w.meta.date, ['value', 'fun']);
    tally(november, 'value', 1, 4, 1);
    tally(november, 'fun', 6, 0, 0);
    setHealthRevealed(w, november, true);
  });
}

async function layoutHolds(page: Page, what: string, shot: string): Promise<void> {
  await screenshot(page, shot);
  expect(await layoutProblems(page, { clampedOnPurpose: '.note-face__text, .vision__text' }), what).toEqual([]);
}

describe('a community over time, in French', () => {
  let app: LaunchedApp | null = null;
  afterAll(async () => {
    await app?.close();
  });

  it('Workshops dialog, health check with its trend, stories and stage at 1024×768', async () => {
    app = await launchApp({ viewport: SMALL });
    const { page } = app;
    await expect.poll(() => page.getByRole('heading', { level: 1, name: translator('en')('welcome.heading') }).count()).toBe(1);
    await app.menu('view.language.fr');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Bienvenue dans CoP Studio' }).count()).toBe(1);
    const first = kickOff();
    await fs.mkdir(app.documentsDir, { recursive: true });
    const file = path.join(app.documentsDir, 'communaute.copstudio');
    await fs.writeFile(file, serializeWorkshop(first));
    app.answerNextDialog(file);
    await page.getByRole('button', { name: t('welcome.openFile') }).click();
    await expect.poll(() => page.getByRole('textbox', { name: t('app.titleBar.title') }).inputValue()).toBe(first.meta.title);

    // The Workshops dialog: start the quarterly check-in from its template.
    await page.getByRole('button', { name: 'Ateliers' }).click();
    const workshops = page.getByRole('dialog', { name: 'Les ateliers de la communauté' });
    const list = workshops.getByRole('list', { name: t('community.workshops.list') });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    await workshops.getByLabel(t('community.workshops.date')).fill('2027-02-25');
    await layoutHolds(page, 'Workshops dialog', 'fr-community-workshops-1024');
    await workshops.getByRole('button', { name: 'Commencer l’atelier' }).click();
    const review = page.getByRole('dialog', { name: t('community.review.title') });
    await review.getByText(t('community.review.intro', { title: first.meta.title }), { exact: false }).waitFor();
    await layoutHolds(page, 'open actions review', 'fr-community-review-1024');
    await review.getByRole('button', { name: t('community.review.reviewed') }).click();
    await expect.poll(() => page.getByRole('textbox', { name: t('app.titleBar.title') }).inputValue()).toBe('Point trimestriel');

    // Rename the kick-off, in place in the list.
    await page.getByRole('button', { name: 'Ateliers' }).click();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
    await list.getByRole('button', { name: `Renommer ${first.meta.title}` }).click();
    const titleField = list.getByRole('textbox', { name: `Nouveau titre de ${first.meta.title}` });
    await titleField.fill('Lancement 2026');
    await layoutHolds(page, 'renaming a workshop', 'fr-community-rename-1024');
    await list.getByRole('button', { name: 'Enregistrer le titre' }).click();
    await list.getByText('Lancement 2026', { exact: true }).waitFor();
    await list.getByRole('button', { name: 'Ouvrir Lancement 2026' }).waitFor();

    // Delete the open workshop: the confirmation says what goes and what stays; then undo.
    await list.getByRole('button', { name: 'Supprimer Point trimestriel' }).click();
    const confirm = page.getByRole('dialog', { name: 'Supprimer l’atelier « Point trimestriel » ?' });
    await confirm.getByText('C’est l’atelier ouvert : « Lancement 2026 » s’ouvre à sa place.').waitFor();
    await confirm.getByText(t('community.workshops.deleteKept')).waitFor();
    await layoutHolds(page, 'deleting a workshop', 'fr-community-delete-1024');
    await confirm.getByRole('button', { name: 'Supprimer l’atelier' }).click();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    await expect.poll(() => page.getByRole('textbox', { name: t('app.titleBar.title') }).inputValue()).toBe('Lancement 2026');
    // The only workshop left cannot be deleted.
    await workshops.getByText(t('community.workshops.lastOne')).first().waitFor();
    await workshops.getByRole('status').getByText('Atelier « Point trimestriel » supprimé.').waitFor();
    await layoutHolds(page, 'after deleting a workshop', 'fr-community-deleted-1024');
    await workshops
      .getByRole('status')
      .getByRole('button', { name: t('common.undo') })
      .click();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
    await expect.poll(() => page.getByRole('textbox', { name: t('app.titleBar.title') }).inputValue()).toBe('Point trimestriel');
    await workshops.getByRole('button', { name: t('common.close') }).click();

    // The health check, entered as a tally: value 5 good and 1 mixed (92), fun 3 good and 3 poor (50).
    await app.menu('view.show.impact');
    const health = page.getByRole('region', { name: 'Santé de la communauté' });
    await health.getByRole('button', { name: t('community.health.start') }).click();
    await health.getByText(t('community.health.tally')).click();
    const value = t('community.dimensionName.value');
    const fun = t('community.dimensionName.fun');
    const cell = (dimension: string, what: string) =>
      health.getByRole('spinbutton', { name: t('community.health.tallyCell', { dimension, what }) });
    await cell(value, t('community.level.good')).fill('5');
    await cell(value, t('community.level.mixed')).fill('1');
    await cell(fun, t('community.level.good')).fill('3');
    await cell(fun, t('community.level.poor')).fill('3');
    await health.getByText(t('community.health.tally')).click();
    await health.getByRole('button', { name: t('community.health.reveal') }).click();
    const trend = health.getByRole('table', { name: 'Tendance sur 3 bilans (score sur 100)' });
    await trend.waitFor();
    // One column per check, oldest first, the same numbers as the results; and a line per dimension.
    await expect
      .poll(() => trend.getByRole('columnheader').allTextContents())
      .toEqual(['Point', '12 mai 2026', '24 nov. 2026', expect.stringMatching(/^\d+ \S+ 20\d\d$/), 'Courbe']);
    expect(
      await trend
        .getByRole('row', { name: new RegExp(`^${value}`) })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['25', '50', '92', '']);
    expect(
      await trend
        .getByRole('row', { name: new RegExp(`^${fun}`) })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['100', '100', '50', '']);
    await trend
      .getByRole('img', { name: new RegExp(`^${value}: 12 mai 2026 25 / 100, 24 nov\\. 2026 50 / 100, \\d+ \\S+ 20\\d\\d 92 / 100$`) })
      .waitFor();
    const results = health.getByRole('table').first();
    await results
      .getByRole('row', { name: new RegExp(`^${value}`) })
      .getByText('▲ en progrès (+42)')
      .waitFor();
    await trend.scrollIntoViewIfNeeded();
    await layoutHolds(page, 'health check with its trend', 'fr-community-health-1024');

    // On the projector, at the check-in's health-check step: the results with a line per dimension, ≥ 20 px.
    await app.menu('agenda.step.next');
    await app.menu('agenda.step.next');
    await app.menu('view.projector');
    const stage = page.locator('.projector-stage[data-surface="health-check"]');
    await stage
      .getByRole('row', { name: new RegExp(`^${fun}`) })
      .getByText('▼ en recul (-50)')
      .waitFor();
    await screenshot(page, 'fr-community-projector-health-1024');
    await stage.getByRole('img', { name: new RegExp(`^${fun}: 12 mai 2026 100 / 100`) }).waitFor();
    const room = await roomScreen(page, { minTextPx: 20 });
    expect(room.problems).toEqual([]);
    await app.menu('view.projector.leave');

    // A value story: add it, then edit it; delete it and undo.
    await app.menu('view.show.impact');
    await page.getByRole('button', { name: t('community.stories.add') }).click();
    const story = page.getByRole('dialog', { name: 'Nouveau récit de valeur' });
    await story.getByLabel(t('community.stories.name')).fill('L’équipe paiements divise par deux ses tests instables');
    await story
      .getByLabel(t('community.stories.happened'))
      .fill('Après deux séances de mob programming, l’équipe a réécrit ses tests les plus lents.');
    await story.getByLabel(t('community.stories.beneficiaries')).fill('Équipe paiements');
    await story.getByLabel(t('community.stories.cycle')).selectOption({ label: t('community.cycleName.applied') });
    await layoutHolds(page, 'new value story', 'fr-community-story-new-1024');
    await story.getByRole('button', { name: t('community.stories.save') }).click();
    const stories = page.getByRole('list', { name: t('community.stories.title') });
    await stories.getByText('L’équipe paiements divise par deux ses tests instables').waitFor();
    await stories.getByRole('button', { name: 'Modifier le récit L’équipe paiements divise par deux ses tests instables' }).click();
    const edit = page.getByRole('dialog', { name: 'Modifier le récit de valeur' });
    await expect.poll(() => edit.getByLabel(t('community.stories.beneficiaries')).inputValue()).toBe('Équipe paiements');
    await edit.getByLabel(t('community.stories.name')).fill('Tests instables divisés par deux');
    await edit.getByLabel(t('community.stories.cycle')).selectOption({ label: t('community.cycleName.realized') });
    await edit.getByRole('checkbox', { name: t('community.stories.featured') }).check();
    await layoutHolds(page, 'editing a value story', 'fr-community-story-edit-1024');
    await edit.getByRole('button', { name: t('community.stories.save') }).click();
    await stories.getByRole('heading', { name: /^Tests instables divisés par deux/ }).waitFor();
    await stories.getByText(/Valeur réalisée/).waitFor();
    expect(await stories.getByRole('listitem').count()).toBe(1);
    await stories.getByRole('button', { name: 'Supprimer le récit Tests instables divisés par deux' }).click();
    await page.getByText('Récit « Tests instables divisés par deux » supprimé.').waitFor();
    await page.getByRole('button', { name: t('common.undo') }).click();
    await stories.getByRole('heading', { name: /^Tests instables divisés par deux/ }).waitFor();
    await stories.scrollIntoViewIfNeeded();
    await layoutHolds(page, 'value stories', 'fr-community-stories-1024');

    // The stage, where the backlog is planned.
    await app.menu('view.show.backlog');
    await page.getByText(t('community.stage.title')).click();
    await page.getByLabel(t('community.stage.pick'), { exact: true }).selectOption({ label: t('community.stageName.maturing') });
    await page.getByLabel(t('community.stage.why')).fill('Des séances régulières, un noyau qui grandit');
    await page.getByRole('button', { name: t('community.stage.record') }).click();
    await page.getByText(/Actuellement : .* \(depuis le /).waitFor();
    await layoutHolds(page, 'stage', 'fr-community-stage-1024');

    expect(app.pageErrors).toEqual([]);
  });
});
