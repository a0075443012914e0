import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { serializeWorkshop } from '../../electron/services/workshop-files';
import { realisticWorkshop } from '../fixtures/realistic-workshop';
import { sourceStylesheets, styleDifferencesAcrossOrders } from './css-order';
import { launchApp, type LaunchedApp } from './launch-app';
import { closeAppsAfterEachTest } from './app-lifecycle';

closeAppsAfterEachTest();

/**
 * Per-feature CSS cannot collide: the same class names (`.field`, `.card`, `.button--danger`…) are styled by common
 * and by features, and what a person sees must not depend on the order the stylesheets happen to be imported in.
 * Every element's computed style on each screen is compared between the shipped bundle and the source stylesheets
 * adopted in three orders (by path, reversed, rotated).
 */
const sheets = sourceStylesheets();
const ORDERS = [sheets, [...sheets].reverse(), [...sheets.slice(sheets.length / 2), ...sheets.slice(0, sheets.length / 2)]];

async function openRealisticWorkshop(): Promise<LaunchedApp> {
  const app = await launchApp({ viewport: { width: 1280, height: 800 } });
  const w = realisticWorkshop();
  const file = path.join(app.documentsDir, 'css-order.copstudio');
  await fs.mkdir(app.documentsDir, { recursive: true });
  await fs.writeFile(file, serializeWorkshop(w));
  app.answerNextDialog(file);
  await app.page.getByRole('button', { name: 'Open workshop…' }).click();
  await expect.poll(() => app.page.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe(w.meta.title);
  return app;
}

const view = async (page: Page, name: string) => {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click();
  await expect.poll(() => page.getByRole('main').getAttribute('aria-label')).toBe(name);
};

const dialog = (page: Page) => page.getByRole('dialog');

describe('what a person sees does not depend on the order of the stylesheets', () => {
  test('the source stylesheets are all there, the phone page excepted', () => {
    const names = sheets.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'renderer/styles/app.css',
        'renderer/common/feature.css',
        'renderer/backlog/backlog.css',
        'virtual:note-palette.css',
      ]),
    );
    expect(names).not.toContain('renderer/phone/phone.css');
  });

  test('every view, and the dialogs that style fields, cards and danger buttons, in three orders', async () => {
    const app = await openRealisticWorkshop();
    const { page } = app;
    const differences: string[] = [];
    const check = async (where: string) => {
      differences.push(...(await styleDifferencesAcrossOrders(page, ORDERS, 10)).map((d) => `${where}: ${d}`));
    };

    const nav = page.getByRole('navigation', { name: 'Views' });
    for (const name of await nav.getByRole('button').allTextContents()) {
      await view(page, name);
      await check(name);
    }

    await view(page, 'Backlog');
    await page.getByRole('button', { name: 'Add activity to Ideas' }).click();
    await expect.poll(() => dialog(page).count()).toBe(1);
    await check('Backlog: new activity');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count()).toBe(0);

    await view(page, 'People');
    await page.getByRole('button', { name: 'Add member' }).click();
    await expect.poll(() => dialog(page).count()).toBe(1);
    await check('People: add member');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Delete Ahmed Benali' }).click();
    await expect.poll(() => dialog(page).count()).toBe(1);
    await check('People: confirm delete');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count()).toBe(0);

    await view(page, 'Agenda');
    const fields = await page.getByRole('main').getByRole('textbox').count();
    await page.getByRole('button', { name: 'Edit Check-in' }).click();
    await expect.poll(() => page.getByRole('main').getByRole('textbox').count()).toBeGreaterThan(fields);
    await check('Agenda: edit step');

    await view(page, 'Sponsors');
    await page.getByRole('button', { name: 'New ask' }).click();
    await expect.poll(() => dialog(page).count()).toBe(1);
    await check('Sponsors: new ask');
    await page.keyboard.press('Escape');

    expect(differences).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
