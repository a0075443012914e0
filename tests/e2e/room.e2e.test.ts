/**
 * Room mode (issue 17), end to end: the facilitator's app plus 12 phones (Playwright contexts with a phone
 * viewport and touch, in the same Chromium) on loopback. Half join with the QR code's URL and pick their
 * name; half type the short code and their name, and the facilitator accepts them. They write notes
 * privately, see them arrive face down, the facilitator reveals; they vote within their budget, the
 * facilitator reveals the ranking; the saved file holds every note and dot with its author.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { produce } from 'immer';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { addParticipant } from '../../shared/domain/check-in';
import { createWorkshop } from '../../shared/domain/new-workshop';
import type { Workshop } from '../../shared/schema';
import { sharedBrowser } from './chromium';
import { launchApp, type LaunchedApp } from './launch-app';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { screenshot } from './screenshot';
import { seriousAxeViolations } from './axe';

closeAppsAfterEachTest();

const BY_LINK = ['Ada', 'Grace', 'Linus', 'Margaret', 'Barbara', 'Ken'];
const BY_CODE = ['Alan', 'Edsger', 'Frances', 'Niklaus', 'Radia', 'Tim'];

async function newPhone(errors: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const browser = await sharedBrowser();
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page };
}

describe('room mode', () => {
  let app: LaunchedApp | null = null;
  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await app?.close();
  });

  it('12 phones join, write privately, vote secretly; the file holds every note and dot with its author', async () => {
    app = await launchApp({ viewport: { width: 1280, height: 800 } });
    const { page } = app;
    // A workshop with six people checked in, at the brainstorm step.
    const workshop: Workshop = produce(createWorkshop({ title: 'Craft kick-off' }), (w) => {
      for (const name of BY_LINK) addParticipant(w, { name }, '2026-12-01');
      w.agenda.currentStepId = w.agenda.steps.find((s) => s.title === 'Silent brainstorm')!.id;
    });
    await fs.mkdir(app.documentsDir, { recursive: true });
    const file = path.join(app.documentsDir, 'kick-off.copstudio');
    await fs.writeFile(file, JSON.stringify(workshop));
    app.answerNextDialog(file);
    await app.menu('file.open');
    await page.getByRole('textbox', { name: 'Workshop title' }).and(page.locator('[value="Craft kick-off"]')).waitFor();
    await app.menu('view.show.canvas');

    // Open the room on loopback.
    await page.getByRole('button', { name: 'Open room…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open the room' });
    await dialog.getByRole('radio', { name: /loopback/ }).check();
    await expect(dialog.getByRole('checkbox', { name: /Private writing/ }).isChecked()).resolves.toBe(true);
    await dialog.getByRole('button', { name: 'Open room' }).click();
    const panel = page.getByRole('complementary', { name: 'Join the room' });
    await panel.getByText('Same Wi-Fi as this screen').waitFor();
    const qrAlt = (await panel.getByRole('img').getAttribute('alt'))!;
    const joinUrl = qrAlt.replace(/^QR code of /, '');
    expect(joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#[A-Za-z0-9_-]{43}$/);
    const code = (await panel.locator('.join-panel__code strong').textContent())!;
    expect(code).toMatch(/^\d{6}$/);
    expect(await panel.getByText(new URL(joinUrl).origin).count()).toBe(1);

    const phoneErrors: string[] = [];
    const phones: { name: string; page: Page }[] = [];
    // Six join with the QR code's URL and pick their name.
    for (const name of BY_LINK) {
      const phone = await newPhone(phoneErrors);
      contexts.push(phone.context);
      await phone.page.goto(joinUrl);
      await phone.page.getByRole('button', { name }).tap();
      await phone.page.getByText(`Hello ${name}`).waitFor();
      phones.push({ name, page: phone.page });
    }
    // Six open the address, type the code and their name; the facilitator accepts each.
    for (const name of BY_CODE) {
      const phone = await newPhone(phoneErrors);
      contexts.push(phone.context);
      await phone.page.goto(new URL(joinUrl).origin + '/');
      await phone.page.getByLabel('Code').fill(code);
      await phone.page.getByRole('button', { name: 'Join' }).tap();
      await phone.page.getByLabel('Not on the list? Type your name').fill(name);
      await phone.page.getByRole('button', { name: 'Ask to join' }).tap();
      await phone.page
        .getByRole('status')
        .getByText(/Waiting for the facilitator/)
        .waitFor();
      phones.push({ name, page: phone.page });
    }
    await app.menu('room.open');
    const room = page.getByRole('dialog', { name: 'Room' });
    for (const name of BY_CODE) await room.getByRole('button', { name: `Accept ${name}` }).click();
    await room.getByRole('button', { name: 'Done' }).click();
    for (const phone of phones) await phone.page.getByText(`Hello ${phone.name}`).waitFor();
    await panel.getByText('12 people joined').waitFor();
    await screenshot(page, 'room-join-panel-1280');

    // Everyone writes two notes, privately.
    for (const phone of phones) {
      for (const n of [1, 2]) {
        await phone.page.getByRole('textbox', { name: 'Your note' }).fill(`${phone.name}'s idea ${n}`);
        await phone.page.getByRole('button', { name: 'Send' }).tap();
        await phone.page.getByText(`${phone.name}'s idea ${n}`).waitFor();
      }
    }
    await phones[0]!.page.getByText('22 notes of others are face down.').waitFor();
    await screenshot(phones[0]!.page, 'room-phone-brainstorm');
    // Face down on the facilitator's canvas: no text shown.
    await expect.poll(() => page.getByRole('button', { name: /^Note face down/ }).count()).toBe(24);
    expect(await page.getByText("Ada's idea 1").count()).toBe(0);
    // No phone holds another participant's text.
    expect(await phones[1]!.page.content()).not.toContain("Ada's idea");

    // Ada withdraws her second note and writes it again; the facilitator hides the join panel and reveals.
    await phones[0]!.page.getByRole('button', { name: "Withdraw “Ada's idea 2”" }).tap();
    await phones[0]!.page.getByText("Ada's idea 2").waitFor({ state: 'detached' });
    await phones[0]!.page.getByRole('textbox', { name: 'Your note' }).fill("Ada's idea 2");
    await phones[0]!.page.getByRole('button', { name: 'Send' }).tap();
    await phones[0]!.page.getByText("Ada's idea 2").waitFor();
    await panel.getByRole('button', { name: 'Hide join panel' }).click();
    await panel.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Reveal 24 face-down notes' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Note face down/ }).count()).toBe(0);
    await page.getByRole('button', { name: /^Note: Ada's idea 1/ }).waitFor();
    await phones[1]!.page.getByText('0 notes').or(phones[1]!.page.getByText('Your notes (2)')).first().waitFor();

    // The dot vote: three dots each, within the budget.
    await app.menu('agenda.step.next');
    await app.menu('agenda.step.next');
    for (const [i, phone] of phones.entries()) {
      await phone.page.getByText('3 of 3 dots left').waitFor();
      const targets = [`${phones[(i + 1) % 12]!.name}'s idea 1`, `${phones[(i + 2) % 12]!.name}'s idea 1`, `${phones[0]!.name}'s idea 2`];
      for (const [d, text] of targets.entries()) {
        await phone.page.getByRole('button', { name: `Add a dot to “${text}”` }).tap();
        await phone.page.getByText(`${2 - d} of 3 dots left`).waitFor();
      }
      expect(
        await phone.page
          .getByRole('button', { name: /^Add a dot to/ })
          .first()
          .isDisabled(),
      ).toBe(true);
    }
    await screenshot(phones[3]!.page, 'room-phone-vote');
    // Votes stay secret until the facilitator reveals the ranking.
    expect(await phones[5]!.page.getByText(/^\d+ dots?$/).count()).toBe(0);
    await page.getByRole('button', { name: 'Reveal votes' }).click();
    await phones[5]!.page.getByRole('heading', { name: 'Results' }).waitFor();
    // The ranking: Ada's second note got a dot from everyone.
    await expect.poll(() => phones[5]!.page.getByRole('listitem').first().textContent()).toBe("Ada's idea 212 dots");

    // The workshop file holds every note and dot with its author.
    const saved = path.join(app.documentsDir, 'after-room.copstudio');
    app.answerNextDialog(saved);
    await app.menu('file.saveAs');
    await expect
      .poll(async () =>
        fs
          .readFile(saved, 'utf8')
          .then(() => true)
          .catch(() => false),
      )
      .toBe(true);
    const doc = JSON.parse(await fs.readFile(saved, 'utf8')) as Workshop;
    const nameOf = new Map(doc.members.map((m) => [m.id, m.name]));
    const notes = doc.canvas.notes.map((n) => `${nameOf.get(n.authorMemberId!)}|${n.author}|${n.text}`).sort();
    const expected = phones.flatMap((p) => [1, 2].map((n) => `${p.name}|${p.name}|${p.name}'s idea ${n}`)).sort();
    expect(notes).toEqual(expected);
    expect(doc.canvas.notes.every((n) => !n.faceDown)).toBe(true);
    const textOf = new Map(doc.canvas.notes.map((n) => [n.id, n.text]));
    const dots = doc.canvas.votes.map((v) => `${nameOf.get(v.participantId)}>${textOf.get(v.target.id)}`).sort();
    const expectedDots = phones
      .flatMap((p, i) =>
        [phones[(i + 1) % 12]!, phones[(i + 2) % 12]!].map((t) => `${p.name}>${t.name}'s idea 1`).concat(`${p.name}>Ada's idea 2`),
      )
      .sort();
    expect(dots).toEqual(expectedDots);
    expect(doc.meta.participantIds).toHaveLength(12);

    // Phones' pages keep their strict CSP and have no serious accessibility problems.
    expect(await seriousAxeViolations(phones[0]!.page)).toEqual([]);
    expect(phoneErrors).toEqual([]);
    expect(app.pageErrors).toEqual([]);

    // Closing the room disconnects the phones; nothing listens any more.
    await app.menu('room.close');
    await phones[2]!.page.getByText('The facilitator closed the room.').waitFor();
    const refused = await fetch(joinUrl)
      .then(() => false)
      .catch(() => true);
    expect(refused).toBe(true);
  });
});
