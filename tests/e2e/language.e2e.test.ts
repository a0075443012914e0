import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { launchApp } from './launch-app';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { launchWithNewWorkshop } from './welcome-helpers';

closeAppsAfterEachTest();

const pageLanguage = (page: import('playwright-core').Page) => page.evaluate(() => document.documentElement.lang);

describe('the interface language', () => {
  test('is chosen from the title bar’s menu, remembered, and changed back from the View menu', async () => {
    const app = await launchWithNewWorkshop();
    try {
      const { page } = app;
      await expect.poll(() => pageLanguage(page)).toBe('en');
      await page.getByRole('button', { name: 'More' }).click();
      await page.getByRole('menuitem', { name: 'Language: Français' }).click();
      await expect.poll(() => pageLanguage(page)).toBe('fr');
      // The choice reads in the language now shown, as does the menu button (« Plus »).
      await page.getByRole('button', { name: 'Plus', exact: true }).click();
      await expect.poll(() => page.getByRole('menuitem', { name: 'Langue : English' }).count()).toBe(1);
      await page.keyboard.press('Escape');
      const preferences = JSON.parse(await fs.readFile(path.join(app.dataDir, 'preferences.json'), 'utf8'));
      expect(preferences.preferences.language).toBe('fr');
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }

    const again = await launchApp({ dataDir: app.dataDir });
    try {
      await expect.poll(() => pageLanguage(again.page)).toBe('fr');
      await again.menu('view.language.en');
      await expect.poll(() => pageLanguage(again.page)).toBe('en');
      await expect
        .poll(async () => JSON.parse(await fs.readFile(path.join(app.dataDir, 'preferences.json'), 'utf8')).preferences.language)
        .toBe('en');
      expect(again.pageErrors).toEqual([]);
    } finally {
      await again.close();
    }
  });
});
