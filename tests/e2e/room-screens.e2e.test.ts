/**
 * Room mode (issue 17), what people see: the join panel on the projector at 1920×1080 and 1024×768 (readable
 * from the back: large type, nothing cut off), the room dialogs (accessible), and the phone page at 360×640 in
 * the three themes. Screenshots go to test-results/screenshots/ for a person to look at.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { addParticipant } from '../../shared/domain/check-in';
import { createWorkshop } from '../../shared/domain/new-workshop';
import { seriousAxeViolations } from './axe';
import { sharedBrowser } from './chromium';
import { layoutProblems } from './geometry';
import { launchApp, type LaunchedApp } from './launch-app';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { screenshot } from './screenshot';
import type { Locator } from 'playwright-core';

closeAppsAfterEachTest();

/** The buttons of `area` a person cannot see or press: off the screen, or under something else (the join panel). */
async function hiddenControls(area: Locator): Promise<string[]> {
  return area.getByRole('button').evaluateAll((buttons) =>
    buttons
      .filter((button) => {
        const box = button.getBoundingClientRect();
        const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
        const onTop = document.elementFromPoint(x, y);
        return x < 0 || y < 0 || x > innerWidth || y > innerHeight || !onTop || !button.contains(onTop);
      })
      .map((button) => button.getAttribute('aria-label') ?? button.textContent ?? '?'),
  );
}

async function openWorkshopWithRoom(app: LaunchedApp): Promise<string> {
  const workshop = produce(createWorkshop({ title: 'Testing guild kick-off' }), (w) => {
    for (const name of ['Ada', 'Grace', 'Linus', 'Margaret']) addParticipant(w, { name }, '2026-12-01');
    w.agenda.currentStepId = w.agenda.steps.find((s) => s.title === 'Silent brainstorm')!.id;
  });
  await fs.mkdir(app.documentsDir, { recursive: true });
  const file = path.join(app.documentsDir, 'guild.copstudio');
  await fs.writeFile(file, JSON.stringify(workshop));
  app.answerNextDialog(file);
  await app.menu('file.open');
  await app.page.locator('[value="Testing guild kick-off"]').waitFor();
  await app.menu('view.show.canvas');
  await app.menu('room.open');
  const dialog = app.page.getByRole('dialog', { name: 'Open the room' });
  await dialog.getByRole('radio', { name: /loopback/ }).check();
  expect(await seriousAxeViolations(app.page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Open room' }).click();
  const alt = (await app.page.getByRole('complementary', { name: 'Join the room' }).getByRole('img').getAttribute('alt'))!;
  return alt.replace(/^QR code of /, '');
}

describe('room screens', () => {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1024, height: 768 },
  ]) {
    it(`the join panel in projector mode at ${viewport.width}×${viewport.height}: large, whole, and the phones' count moves`, async () => {
      const app = await launchApp({ viewport });
      try {
        const joinUrl = await openWorkshopWithRoom(app);
        await app.menu('view.projector');
        const panel = app.page.getByRole('complementary', { name: 'Join the room' });
        await panel.getByText('0 people joined').waitFor();
        // A phone joins: the count on the projector follows.
        const browser = await sharedBrowser();
        const phone = await browser.newContext({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
        const phonePage = await phone.newPage();
        await phonePage.goto(joinUrl);
        await phonePage.getByRole('button', { name: 'Grace' }).tap();
        await panel.getByText('1 person joined').waitFor();
        // Every text of the panel is at least 20 CSS px: readable from the back of the room.
        const sizes = await panel
          .locator('p, h2, strong')
          .evaluateAll((nodes) => nodes.map((n) => parseFloat(getComputedStyle(n).fontSize)));
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(20);
        // Every control of the projector bar is in sight, not behind the panel: the point at its centre is itself.
        const bar = app.page.getByRole('banner', { name: 'Current step' });
        expect(await hiddenControls(bar)).toEqual([]);
        expect(await hiddenControls(panel)).toEqual([]);
        expect(await layoutProblems(app.page)).toEqual([]);
        expect(await panel.getByRole('img').boundingBox()).toMatchObject({ width: expect.any(Number) });
        const qr = (await panel.getByRole('img').boundingBox())!;
        expect(qr.width).toBeGreaterThanOrEqual(240);
        expect(await seriousAxeViolations(app.page)).toEqual([]);
        await screenshot(app.page, `room-projector-${viewport.width}`);
        // The panel hides and comes back without closing the room (Ctrl+Shift+K); the phone stays connected.
        await app.page.keyboard.press('Control+Shift+K');
        await panel.waitFor({ state: 'detached' });
        await app.page.keyboard.press('Control+Shift+K');
        await panel.getByText('1 person joined').waitFor();
        await phone.close();
        expect(app.pageErrors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }

  it('the phone page at 360×640 in light, dark and high contrast, with no sideways scroll and no serious axe violations', async () => {
    const app = await launchApp({ viewport: { width: 1280, height: 800 } });
    try {
      const joinUrl = await openWorkshopWithRoom(app);
      const browser = await sharedBrowser();
      const errors: string[] = [];
      let lastPhone: import('playwright-core').Page | null = null;
      for (const [i, theme] of (['light', 'dark', 'high-contrast'] as const).entries()) {
        const context = await browser.newContext({
          viewport: { width: 360, height: 640 },
          hasTouch: true,
          isMobile: true,
          deviceScaleFactor: 2,
        });
        const page = await context.newPage();
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        await page.goto(joinUrl);
        if (i === 0) await screenshot(page, 'room-phone-who');
        await page.getByRole('button', { name: ['Ada', 'Grace', 'Linus'][i]! }).tap();
        await page.getByLabel('Display').selectOption(theme);
        await page.getByRole('textbox', { name: 'Your note' }).fill('Pair with another team once a month');
        await page.getByRole('button', { name: 'Send' }).tap();
        await page.getByText('Pair with another team once a month').waitFor();
        await page.getByRole('textbox', { name: 'Your note' }).fill('Lunch talks');
        expect(await layoutProblems(page)).toEqual([]);
        expect(await seriousAxeViolations(page)).toEqual([]);
        // Thumb-sized: every button at least 44 px high.
        const heights = await page.getByRole('button').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().height));
        expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
        await page.evaluate(() => window.scrollTo(0, 0));
        await screenshot(page, `room-phone-${theme}`);
        if (i < 2) await context.close();
        else lastPhone = page;
      }
      // The last phone edits its note, then "sleeps" (reloads): it comes back as itself, with its note.
      const phone = lastPhone!;
      await phone.getByRole('button', { name: 'Edit “Pair with another team once a month”' }).tap();
      await phone.getByRole('textbox', { name: 'Your note' }).fill('Pair with another team every month');
      await phone.getByRole('button', { name: 'Save' }).tap();
      await phone.getByText('Pair with another team every month').waitFor();
      await phone.reload();
      await phone.getByText('Hello Linus').waitFor();
      await phone.getByText('Pair with another team every month').waitFor();
      expect(errors).toEqual([]);
      await app.menu('room.open');
      const room = app.page.getByRole('dialog', { name: 'Room' });
      await room.getByRole('list', { name: 'Participants' }).waitFor();
      expect(await seriousAxeViolations(app.page)).toEqual([]);
      await screenshot(app.page, 'room-dialog');
      // Removing a participant disconnects their phone; their note stays.
      await room.getByRole('button', { name: 'Remove Linus' }).click();
      await lastPhone!.getByText('The facilitator removed you from the room.').waitFor();
      // Face down on the canvas until revealed.
      await room.getByRole('button', { name: 'Done' }).click();
      await app.page.getByRole('button', { name: 'Hide join panel' }).click();
      await expect.poll(() => app.page.getByRole('button', { name: /^Note face down/ }).count()).toBe(3);
      await screenshot(app.page, 'room-canvas-face-down');
    } finally {
      await app.close();
    }
  });
});
