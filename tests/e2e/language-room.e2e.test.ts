/**
 * The last English (issue 15): in French, the phone page from its first paint (a phone whose own language is
 * English), the room's refusals and close, the keyboard map's key names, and the browser host's own file chooser.
 * At 1024×768 (the facilitator) and 360×640 (the phone), with screenshots `fr-room-*`, `fr-shortcuts-*`, `fr-chooser-*`.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { produce } from 'immer';
import { describe, expect, test } from 'vitest';
import { addParticipant } from '../../shared/domain/check-in';
import { createWorkshop } from '../../shared/domain/new-workshop';
import { translator } from '../../shared/i18n';
import { sharedBrowser } from './chromium';
import { layoutProblems } from './geometry';
import { launchApp, type LaunchedApp } from './launch-app';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { screenshot } from './screenshot';

closeAppsAfterEachTest();

const fr = translator('fr');
const SMALL = { width: 1024, height: 768 };

/** The app with French remembered (a language chosen from the menu before the preferences are read would be overridden). */
async function launchInFrench(): Promise<LaunchedApp> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cop-studio-fr-room-'));
  await fs.writeFile(path.join(dataDir, 'preferences.json'), JSON.stringify({ preferences: { language: 'fr' } }));
  const app = await launchApp({ viewport: SMALL, dataDir });
  await expect.poll(() => app.page.evaluate(() => document.documentElement.lang)).toBe('fr');
  return app;
}

async function openWorkshop(app: LaunchedApp): Promise<void> {
  const workshop = produce(createWorkshop({ title: 'Guilde des testeurs' }), (w) => {
    for (const name of ['Ada', 'Grace']) addParticipant(w, { name }, '2026-12-01');
    w.agenda.currentStepId = w.agenda.steps.find((s) => s.title === 'Silent brainstorm')!.id;
  });
  await fs.mkdir(app.documentsDir, { recursive: true });
  const file = path.join(app.documentsDir, 'guilde.copstudio');
  await fs.writeFile(file, JSON.stringify(workshop));
  app.answerNextDialog(file);
  await app.menu('file.open');
  await app.page.locator('[value="Guilde des testeurs"]').waitFor();
}

describe('the last English, in French', () => {
  test('the phone page is in the room’s language from its first paint, and so are the room’s refusals and its close', async () => {
    const app = await launchInFrench();
    const browser = await sharedBrowser();
    // The phone's own language is English: whatever it shows in French comes from the room.
    const phone = await browser.newContext({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, locale: 'en-US' });
    try {
      await openWorkshop(app);
      await app.menu('room.open');
      const dialog = app.page.getByRole('dialog', { name: fr('room.dialogTitle') });
      await dialog.getByRole('radio', { name: fr('room.loopbackChoice', { address: '127.0.0.1' }) }).check();
      await screenshot(app.page, 'fr-room-open-dialog-1024');
      expect(await layoutProblems(app.page)).toEqual([]);
      await dialog.getByRole('button', { name: fr('room.openButton') }).click();
      const alt = (await app.page
        .getByRole('complementary', { name: fr('room.panelTitle') })
        .getByRole('img')
        .getAttribute('alt'))!;
      const joinUrl = alt.replace(/^QR code de /, '');
      const origin = new URL(joinUrl).origin;

      // The address typed by hand (no token): the code form, before any message of the room, is French.
      const page = await phone.newPage();
      const served = await page.goto(`${origin}/`);
      expect(await served!.text()).toContain('<html lang="fr" data-room-language="fr">');
      await page.getByRole('heading', { name: fr('phone.codeTitle') }).waitFor();
      expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['fr', fr('phone.appName')]);
      await page.getByRole('textbox', { name: fr('phone.codeLabel') }).fill('000000');
      await page.getByRole('button', { name: fr('phone.codeButton') }).tap();
      await page.getByRole('alert').getByText(fr('phone.codeRefusal.wrongCode')).waitFor();
      await screenshot(page, 'fr-room-phone-wrong-code-360');

      // With the join link: French too; then the facilitator closes the room, and the phone says so in French.
      const joined = await phone.newPage();
      await joined.goto(joinUrl);
      await joined.getByRole('heading', { name: fr('phone.whoTitle') }).waitFor();
      await joined.getByRole('button', { name: 'Grace' }).tap();
      await joined.getByText(fr('phone.hello', { name: 'Grace' })).waitFor();
      await screenshot(joined, 'fr-room-phone-joined-360');
      await app.menu('room.close');
      await joined.getByRole('alert').getByText(fr('phone.closeReason.closed')).waitFor();
      await screenshot(joined, 'fr-room-phone-closed-360');
      expect(app.pageErrors).toEqual([]);
    } finally {
      await phone.close();
      await app.close();
    }
  });

  test('the keyboard map names the keys in French, and the browser host’s file chooser speaks French', async () => {
    const app = await launchInFrench();
    const { page } = app;
    try {
      await openWorkshop(app);
      await app.menu('help.shortcuts');
      const map = page.getByRole('dialog', { name: fr('app.shortcuts.title') });
      const keys = map.locator('kbd');
      await expect.poll(() => keys.count()).toBeGreaterThan(20);
      const names = await keys.allTextContents();
      expect(names).toEqual(expect.arrayContaining(['Espace ou Entrée', 'Alt+Flèches', 'Suppr', 'Échap']));
      expect(names.filter((name) => /\b(Space|Enter|Esc|Delete|Shift|Up|Down|Left|Right|PageUp|PageDown|Arrows|or)\b/.test(name))).toEqual(
        [],
      );
      await screenshot(page, 'fr-shortcuts-1024');
      // At 1024×768 the layout check runs again in the pseudo-locale on the same screen, then shows it back in French.
      await page.evaluate(() => {
        const seen: string[] = [];
        new MutationObserver(() => seen.push(document.documentElement.dataset.uiLanguage ?? '')).observe(document.documentElement, {
          attributes: true,
          attributeFilter: ['data-ui-language'],
        });
        (window as unknown as { languagesSeen: string[] }).languagesSeen = seen;
      });
      expect(await layoutProblems(page)).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { languagesSeen: string[] }).languagesSeen)).toEqual(['pseudo', 'fr']);
      expect(await map.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await map.waitFor({ state: 'detached' });

      // No answer queued: the host's own chooser opens, titled and with its places in French.
      await app.menu('file.open');
      const chooser = page.getByRole('dialog', { name: fr('menu.dialog.openWorkshop') });
      const places = chooser.getByRole('navigation', { name: fr('files.chooser.places') });
      await places.getByRole('button', { name: fr('menu.dialog.placeHome') }).waitFor();
      expect(await places.getByRole('button').allTextContents()).toEqual(['Documents CoP Studio', 'Documents', 'Dossier personnel']);
      await chooser.getByRole('button', { name: 'guilde.copstudio' }).waitFor();
      await screenshot(page, 'fr-chooser-open-1024');
      expect(await layoutProblems(page)).toEqual([]);
      await chooser.getByRole('button', { name: fr('files.chooser.cancel') }).click();
      await chooser.waitFor({ state: 'detached' });
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
