import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { launchApp } from './launch-app';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { launchWithNewWorkshop, startNewWorkshop, welcomeScreen } from './welcome-helpers';
import { screenshot } from './screenshot';

closeAppsAfterEachTest();

describe('the app shell', () => {
  test('opens with the workshop title, the views, and honest empty states', async () => {
    const app = await launchWithNewWorkshop({ viewport: { width: 1280, height: 800 } });
    const { page } = app;
    await expect.poll(() => page.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe('Vision workshop');
    const nav = page.getByRole('navigation', { name: 'Views' });
    for (const name of ['Canvas', 'Backlog', 'People', 'Goals', 'Sponsors', 'Impact', 'Agenda']) {
      await nav.getByRole('button', { name }).click();
      await expect.poll(() => page.getByRole('main').getAttribute('aria-label')).toBe(name);
      await expect.poll(() => nav.getByRole('button', { name }).getAttribute('aria-current')).toBe('page');
    }
    await page.keyboard.press('Alt+1');
    await expect.poll(() => page.getByRole('main').getAttribute('aria-label')).toBe('Canvas');
    await expect.poll(() => page.getByRole('main').getByRole('region', { name: 'Purpose (why)' }).count()).toBe(1);
    await screenshot(page, 'shell-1280x800');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('an edited title reaches a file on disk and survives a reload', async () => {
    const app = await launchWithNewWorkshop();
    const { page } = app;
    const title = page.getByRole('textbox', { name: 'Workshop title' });
    await expect.poll(() => title.inputValue()).toBe('Vision workshop');
    await title.fill('Craftsmanship CoP kick-off');

    const file = path.join(app.documentsDir, 'kickoff.copstudio');
    app.answerNextDialog(file);
    await page.getByRole('button', { name: 'Save as…' }).click();
    await expect.poll(() => page.getByRole('status', { name: 'Save status' }).textContent()).toBe('Saved');
    const saved = JSON.parse(await fs.readFile(file, 'utf8'));
    expect(saved.meta.title).toBe('Craftsmanship CoP kick-off');
    expect(saved.schemaVersion).toBe(2);

    await title.fill('Craftsmanship CoP — vision');
    await expect.poll(() => page.getByRole('status', { name: 'Save status' }).textContent()).toBe('Unsaved changes');
    await page.keyboard.press('Control+s');
    await expect.poll(async () => JSON.parse(await fs.readFile(file, 'utf8')).meta.title).toBe('Craftsmanship CoP — vision');

    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe('Craftsmanship CoP — vision');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('the menu commands reach the same actions (theme, shortcuts map)', async () => {
    const app = await launchWithNewWorkshop();
    const { page } = app;
    await expect.poll(() => page.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe('Vision workshop');
    await app.menu('view.theme.dark');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const prefs = JSON.parse(await fs.readFile(path.join(app.dataDir, 'preferences.json'), 'utf8'));
    expect(prefs.preferences.theme).toBe('dark');
    await app.menu('help.shortcuts');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => dialog.getByRole('row', { name: /Save as/ }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await app.close();
  });

  test('New asks about unsaved changes, and Cancel keeps them', async () => {
    const app = await launchWithNewWorkshop();
    const { page } = app;
    const title = page.getByRole('textbox', { name: 'Workshop title' });
    await expect.poll(() => title.inputValue()).toBe('Vision workshop');
    await title.fill('Do not lose me');
    await page.getByRole('button', { name: 'New workshop' }).click();
    const dialog = page.getByRole('dialog', { name: 'Unsaved changes' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await title.inputValue()).toBe('Do not lose me');
    await page.getByRole('button', { name: 'New workshop' }).click();
    await dialog.getByRole('button', { name: 'Don’t save' }).click();
    // File ▸ New goes back to the welcome screen, to choose a template.
    await expect.poll(() => welcomeScreen(page).count()).toBe(1);
    await startNewWorkshop(page);
    await app.close();
  });

  test('workshop details: date, facilitator and anonymous authors reach the file, and undo takes them back', async () => {
    const app = await launchWithNewWorkshop();
    const { page } = app;
    await expect.poll(() => page.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe('Vision workshop');
    await page.getByRole('button', { name: 'More', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Workshop details…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Workshop details' });
    await dialog.getByLabel('Date').fill('2026-12-01');
    await dialog.getByRole('textbox', { name: 'Facilitator' }).fill('Camille Martin');
    await dialog.getByRole('checkbox', { name: 'Hide note authors' }).check();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    const file = path.join(app.documentsDir, 'details.copstudio');
    app.answerNextDialog(file);
    await app.menu('file.saveAs');
    await expect
      .poll(
        async () =>
          (
            await fs
              .readFile(file, 'utf8')
              .then(JSON.parse)
              .catch(() => null)
          )?.meta,
      )
      .toMatchObject({ date: '2026-12-01', facilitator: 'Camille Martin', hideAuthors: true });

    await page.getByRole('main').focus();
    await page.keyboard.press('Control+z');
    await app.menu('file.details');
    await expect.poll(() => dialog.getByRole('checkbox', { name: 'Hide note authors' }).isChecked()).toBe(false);
    expect(await dialog.getByRole('textbox', { name: 'Facilitator' }).inputValue()).toBe('Camille Martin');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
