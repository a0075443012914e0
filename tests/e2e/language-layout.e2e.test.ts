import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { serializeWorkshop } from '../../electron/services/workshop-files';
import { translator, type TranslatorLanguage } from '../../shared/i18n';
import { realisticWorkshop } from '../fixtures/realistic-workshop';
import { layoutProblems, roomScreen } from './geometry';
import { launchApp, type LaunchedApp } from './launch-app';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { screenshot } from './screenshot';

closeAppsAfterEachTest();

/**
 * The layout holds in French and in the pseudo-locale (every text accented and 40 % longer than English): the
 * views, dialogs and projector surfaces at 1024×768 pass the same checks as in English — nothing clipped,
 * overflowing or scrolling sideways; on the projector every text ≥ 20 px and whole. French screenshots at
 * 1024×768 and 1920×1080 go to test-results/screenshots/fr-*.png for a person to look at.
 */
const SMALL = { width: 1024, height: 768 };
const LARGE = { width: 1920, height: 1080 };
const LANGUAGES: ReadonlyArray<Exclude<TranslatorLanguage, 'en'>> = ['fr', 'pseudo'];

/** Launches the app in a language (French through View ▸ Language; the pseudo-locale through the page's `?pseudo`). */
async function launchIn(language: 'fr' | 'pseudo', viewport: { width: number; height: number }): Promise<LaunchedApp> {
  const app = await launchApp({ viewport, pseudoLocale: language === 'pseudo' });
  const t = translator(language);
  // The welcome screen: the app has started and read its preferences; then French is chosen as a person would.
  await expect
    .poll(() =>
      app.page.getByRole('heading', { level: 1, name: translator(language === 'fr' ? 'en' : 'pseudo')('welcome.heading') }).count(),
    )
    .toBe(1);
  if (language === 'fr') await app.menu('view.language.fr');
  await expect.poll(() => app.page.getByRole('heading', { level: 1, name: t('welcome.heading') }).count()).toBe(1);
  return app;
}

async function openRealistic(app: LaunchedApp, language: 'fr' | 'pseudo'): Promise<void> {
  const t = translator(language);
  const w = realisticWorkshop();
  w.canvas.voting.revealed = false;
  w.agenda.currentStepId = w.agenda.steps[0]!.id;
  const file = path.join(app.documentsDir, 'kickoff.copstudio');
  await fs.mkdir(app.documentsDir, { recursive: true });
  await fs.writeFile(file, serializeWorkshop(w));
  app.answerNextDialog(file);
  await app.page.getByRole('button', { name: t('welcome.openFile') }).click();
  await expect.poll(() => app.page.getByRole('textbox', { name: t('app.titleBar.title') }).inputValue()).toBe(w.meta.title);
}

/** A note's face and the folded vision statement end with an ellipsis on purpose: their whole text shows on focus. */
const CLAMPED = '.note-face__text, .vision__text';

async function layoutHolds(page: Page, what: string, shot: string | null): Promise<void> {
  if (shot) await screenshot(page, shot);
  expect(await layoutProblems(page, { clampedOnPurpose: CLAMPED }), what).toEqual([]);
}

const VIEWS = ['canvas', 'backlog', 'people', 'goals', 'sponsors', 'impact', 'agenda'] as const;

describe.each(LANGUAGES)('the layout in %s', (language) => {
  const t = translator(language);
  const shotName = (name: string, size: string) => (language === 'fr' ? `fr-${name}-${size}` : null);

  test('views and dialogs at 1024×768 (and 1920×1080 in French): nothing clipped, overflowing or scrolling sideways', async () => {
    const app = await launchIn(language, SMALL);
    const { page } = app;
    try {
      await layoutHolds(page, `welcome (${language})`, shotName('welcome', '1024'));
      await openRealistic(app, language);
      for (const sizeName of language === 'fr' ? (['1024', '1920'] as const) : (['1024'] as const)) {
        if (sizeName === '1920') await page.setViewportSize(LARGE);
        for (const view of VIEWS) {
          await app.menu(`view.show.${view}`);
          await expect.poll(() => page.getByRole('main').getAttribute('aria-label')).toBe(t(`common.views.${view}`));
          await layoutHolds(page, `${view} (${language}, ${sizeName})`, shotName(view, sizeName));
        }
        // The canvas in vote mode, with its voting panel.
        await app.menu('view.show.canvas');
        await page.getByRole('button', { name: t('canvas.toolbar.voting'), exact: true }).click();
        await expect.poll(() => page.getByRole('heading', { name: t('canvas.voting.title') }).count()).toBe(1);
        await layoutHolds(page, `canvas voting (${language}, ${sizeName})`, shotName('canvas-voting', sizeName));
        await page.getByRole('button', { name: t('canvas.toolbar.edit'), exact: true }).click();
      }
      await page.setViewportSize(SMALL);
      // The app's dialogs.
      for (const [command, title, name] of [
        ['file.details', t('app.details.title'), 'details'],
        ['help.shortcuts', t('app.shortcuts.title'), 'shortcuts'],
        ['room.open', t('room.dialogTitle'), 'room'],
      ] as const) {
        await app.menu(command);
        const dialog = page.getByRole('dialog', { name: title });
        await expect.poll(() => dialog.count()).toBe(1);
        await layoutHolds(page, `${name} dialog (${language})`, shotName(`${name}-dialog`, '1024'));
        await page.keyboard.press('Escape');
        await expect.poll(() => dialog.count()).toBe(0);
      }
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  test('the projector walk of the whole default agenda at 1024×768 (1920×1080 screenshots in French)', async () => {
    const app = await launchIn(language, SMALL);
    const { page } = app;
    const allowed = new Set<string>([
      t('agenda.timer.start'),
      t('agenda.timer.pause'),
      t('agenda.bar.revealLabel'),
      t('agenda.bar.previous'),
      t('agenda.bar.next'),
      t('agenda.bar.leave'),
    ]);
    const bar = page.getByRole('banner', { name: t('agenda.bar.label') });
    const check = async (what: string) => {
      const report = await roomScreen(page, { minTextPx: 20 });
      expect(report.problems, what).toEqual([]);
      expect(
        report.controls.filter((c) => !allowed.has(c)),
        `${what}: editing controls`,
      ).toEqual([]);
      expect(report.textCount, what).toBeGreaterThan(3);
      const box = (await bar.boundingBox())!;
      expect(box.height, `${what}: the step bar's height`).toBeLessThanOrEqual(page.viewportSize()!.height * 0.15);
    };
    try {
      await openRealistic(app, language);
      const steps = realisticWorkshop().agenda.steps;
      for (const viewport of language === 'fr' ? [SMALL, LARGE] : [SMALL]) {
        await page.setViewportSize(viewport);
        const size = String(viewport.width);
        await page.keyboard.press('F5');
        await expect.poll(() => bar.count()).toBe(1);
        // Back to the first step (the second size starts where the first ended).
        for (let i = 0; i < steps.length && (await bar.getByRole('heading', { level: 1 }).textContent()) !== steps[0]!.title; i++) {
          await page.keyboard.press('PageUp');
        }
        for (const [i, step] of steps.entries()) {
          if (i > 0) await page.keyboard.press('PageDown');
          await expect.poll(() => bar.getByRole('heading', { level: 1 }).textContent()).toBe(step.title);
          const surface = (await page.getByRole('main').getAttribute('aria-label')) ?? '';
          await check(`${step.title} (${surface}, ${language}, ${size})`);
          if (language === 'fr') await screenshot(page, `fr-projector-${i + 1}-${size}`);
          if (surface === t('projector.surface.brainstorm')) {
            const zones = await page
              .getByRole('list', { name: t('projector.zones') })
              .getByRole('listitem')
              .count();
            for (let z = 1; z < zones; z++) {
              await page.keyboard.press('ArrowRight');
              await check(`brainstorm zone ${z + 1} (${language}, ${size})`);
            }
            await page.keyboard.press('ArrowRight');
          }
          if (surface === t('projector.surface.vote') && viewport === SMALL) {
            await page.getByRole('button', { name: t('agenda.bar.revealLabel') }).click();
            await expect.poll(() => page.getByRole('list', { name: t('projector.rankedResults') }).count()).toBe(1);
            await check(`results (${language}, ${size})`);
            if (language === 'fr') await screenshot(page, `fr-projector-results-${size}`);
          }
        }
        await page.keyboard.press('Shift+S');
        await expect.poll(() => page.getByRole('main').getAttribute('aria-label')).toBe(t('projector.surface.impact'));
        await check(`impact (${language}, ${size})`);
        if (language === 'fr') await screenshot(page, `fr-projector-impact-${size}`);
        await page.keyboard.press('Escape');
        await expect.poll(() => bar.count()).toBe(0);
      }
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
