/**
 * A community over time (issue 19), end to end at 1024×768: the kick-off file (with a health check taken then)
 * opens; the facilitator starts the quarterly check-in from it and reviews the carried-over open actions; six
 * phones answer the health check in room mode; the projector reveals the aggregated result with the trend against
 * the kick-off's check; a value story is added; the PDF shows the health check with its trend and the story.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { produce } from 'immer';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeWorkshop } from '../../electron/services/atomic-write';
import { openActions } from '../../shared/domain/community-workshops';
import { setHealthRevealed, setHealthTally, startHealthCheck } from '../../shared/domain/health-check';
import type { Workshop } from '../../shared/schema';
import { realisticWorkshop } from '../fixtures/realistic-workshop';
import { sharedBrowser } from './chromium';
import { launchApp, type LaunchedApp } from './launch-app';
import { roomScreen } from './geometry';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { screenshot } from './screenshot';

closeAppsAfterEachTest();

const PRESENT = ['Camille Martin', 'Ahmed Benali', 'Sofia Rossi', 'Jonas Weber', 'Mei Tanaka', 'Lucas Moreau'];
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The kick-off as saved: the realistic workshop plus a check in May and the one taken that day (value 50, fun 100). */
function kickOff(): Workshop {
  return produce(realisticWorkshop(), (w) => {
    // A first check in May (value 25, fun 100), then the kick-off's.
    const may = startHealthCheck(w, '2026-05-12', ['value', 'fun']);
    setHealthTally(w, may, { dimension: 'value', levels: { good: 0, mixed: 2, poor: 2 }, trends: { better: 0, same: 4, worse: 0 } });
    setHealthTally(w, may, { dimension: 'fun', levels: { good: 4, mixed: 0, poor: 0 }, trends: { better: 0, same: 4, worse: 0 } });
    setHealthRevealed(w, may, true);
    const id = startHealthCheck(w, w.meta.date, ['value', 'participation', 'rhythm', 'fun']);
    setHealthTally(w, id, { dimension: 'value', levels: { good: 1, mixed: 4, poor: 1 }, trends: { better: 0, same: 6, worse: 0 } });
    setHealthTally(w, id, { dimension: 'participation', levels: { good: 3, mixed: 3, poor: 0 }, trends: { better: 0, same: 6, worse: 0 } });
    setHealthTally(w, id, { dimension: 'rhythm', levels: { good: 0, mixed: 3, poor: 3 }, trends: { better: 0, same: 6, worse: 0 } });
    setHealthTally(w, id, { dimension: 'fun', levels: { good: 6, mixed: 0, poor: 0 }, trends: { better: 0, same: 6, worse: 0 } });
    setHealthRevealed(w, id, true);
  });
}

describe('a community over time', () => {
  let app: LaunchedApp | null = null;
  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await app?.close();
  });

  it('second workshop from the first, open actions reviewed, health check from six phones with its trend, a value story, the PDF', async () => {
    app = await launchApp({ viewport: { width: 1024, height: 768 } });
    const { page } = app;
    const first = kickOff();
    const open = openActions(first);
    expect(open.activities.length).toBeGreaterThan(0);
    expect(open.asks.length).toBeGreaterThan(0);
    await fs.mkdir(app.documentsDir, { recursive: true });
    const file = path.join(app.documentsDir, 'craft-community.copstudio');
    await fs.writeFile(file, serializeWorkshop(first));
    app.answerNextDialog(file);
    await app.menu('file.open');
    await expect.poll(() => page.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe(first.meta.title);

    // The community's workshops: the kick-off is open; start the quarterly check-in from a template.
    await page.getByRole('button', { name: 'Workshops' }).click();
    const workshops = page.getByRole('dialog', { name: 'Workshops of the community' });
    const list = workshops.getByRole('list', { name: 'Workshops' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    await list.getByText('Open now').waitFor();
    await expect.poll(() => workshops.getByLabel('Agenda').inputValue()).toBe('template:check-in');
    await workshops.getByLabel('Date').fill('2027-02-25');
    await screenshot(page, 'community-workshops-1024');
    await workshops.getByRole('button', { name: 'Start the workshop' }).click();

    // The new workshop shows what is still open from the kick-off.
    const review = page.getByRole('dialog', { name: 'Open actions to review' });
    await review.getByText(`Still open from “${first.meta.title}”`, { exact: false }).waitFor();
    await review.getByRole('heading', { name: `Activities not done (${open.activities.length})` }).waitFor();
    for (const a of open.activities) await review.getByText(a.title, { exact: true }).waitFor();
    await review.getByRole('heading', { name: `Sponsor asks not decided (${open.asks.length})` }).waitFor();
    for (const a of open.asks) await review.getByText(a.what, { exact: true }).waitFor();
    await screenshot(page, 'community-review-1024');
    await review.getByRole('button', { name: 'Reviewed' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe('Quarterly check-in');
    await page.getByRole('button', { name: 'Workshops' }).click();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
    await list.getByRole('button', { name: `Open ${first.meta.title}` }).waitFor();
    await workshops.getByRole('button', { name: 'Close' }).click();

    // Check in six people; start the health check; go to its step.
    await app.menu('view.show.people');
    for (const name of PRESENT) await page.getByRole('checkbox', { name: `${name} is present at this workshop` }).check();
    await app.menu('view.show.impact');
    await page.getByRole('region', { name: 'Community health' }).getByRole('button', { name: 'Start a health check' }).click();
    await page.getByText('Results hidden until the reveal: 0 answers so far.').waitFor();
    await app.menu('agenda.step.next');
    await app.menu('agenda.step.next');

    // Six phones answer, each once, anonymously.
    await page.getByRole('button', { name: 'Open room…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open the room' });
    await dialog.getByRole('radio', { name: /loopback/ }).check();
    await dialog.getByRole('button', { name: 'Open room' }).click();
    const panel = page.getByRole('complementary', { name: 'Join the room' });
    await panel.getByText('Same Wi-Fi as this screen').waitFor();
    const joinUrl = (await panel.getByRole('img').getAttribute('alt'))!.replace(/^QR code of /, '');
    const phoneErrors: string[] = [];
    const phones: Page[] = [];
    for (const [i, name] of PRESENT.entries()) {
      const browser = await sharedBrowser();
      const context = await browser.newContext({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
      contexts.push(context);
      const phone = await context.newPage();
      phone.on('pageerror', (error) => phoneErrors.push(error.message));
      await phone.goto(joinUrl);
      await phone.getByRole('button', { name }).tap();
      await phone.getByRole('heading', { name: 'Health check' }).waitFor();
      // Value: 5 good, 1 mixed (score 92, up from 50); fun: 3 good, 3 poor (50, down from 100); everyone: better.
      const answer = async (dimension: string, level: string, trend: string) => {
        await phone.getByRole('radiogroup', { name: dimension, exact: true }).getByRole('radio', { name: level }).check();
        await phone
          .getByRole('radiogroup', { name: `${dimension} — Trend` })
          .getByRole('radio', { name: trend })
          .check();
      };
      await answer('Value to members', i < 5 ? 'Good' : 'Mixed', 'Getting better');
      await answer('Fun', i < 3 ? 'Good' : 'Poor', i < 3 ? 'The same' : 'Getting worse');
      if (i === 0) await screenshot(phone, 'community-phone-health');
      await phone.getByRole('button', { name: 'Send my answers' }).tap();
      await phone.getByRole('heading', { name: 'Thanks! Your answers are counted, anonymously.' }).waitFor();
      phones.push(phone);
    }

    // The projector shows the count until the reveal, then the chart with the trend against the kick-off's check.
    await panel.getByText('6 people joined').waitFor();
    await app.menu('room.joinPanel');
    await app.menu('view.projector');
    const stage = page.locator('.projector-stage[data-surface="health-check"]');
    await stage.getByText('Results hidden until the reveal: 6 answers so far.').waitFor();
    await app.menu('projector.reveal');
    const results = stage.getByRole('table');
    await results
      .getByRole('row', { name: /Value to members/ })
      .getByText('▲ better (+42)')
      .waitFor();
    await results.getByRole('row', { name: /^Fun/ }).getByText('▼ worse (-50)').waitFor();
    await results.getByText(/Compared with the check of 24 Nov 2026/).waitFor();
    await screenshot(page, 'community-projector-health-1024');
    await phones[0]!.getByText('92 / 100 · ▲ better (+42)').waitFor();
    // The trend across the three checks: a line per dimension, its scores in its name.
    await results
      .getByRole('img', { name: /^Value to members: 12 May 2026 25 \/ 100, 24 Nov 2026 50 \/ 100, \d+ \w+ 20\d\d 92 \/ 100$/ })
      .waitFor();
    expect(await roomScreen(page, { minTextPx: 20 }).then((r) => r.problems)).toEqual([]);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await results.getByRole('img', { name: /^Fun: 12 May 2026 100 \/ 100/ }).waitFor();
    expect(await roomScreen(page, { minTextPx: 20 }).then((r) => r.problems)).toEqual([]);
    await screenshot(page, 'community-projector-health-1920');
    await page.setViewportSize({ width: 1024, height: 768 });
    await app.menu('view.projector.leave');

    // Another workshop of the community opens while the room is open: the room stays, the phones follow.
    await page.getByRole('button', { name: 'Workshops' }).click();
    await list.getByRole('button', { name: `Open ${first.meta.title}` }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe(first.meta.title);
    const kickOffStep = first.agenda.steps.find((s) => s.id === first.agenda.currentStepId)!.title;
    for (const phone of phones) await phone.getByText(kickOffStep, { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Workshops' }).click();
    await list.getByRole('button', { name: 'Open Quarterly check-in' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe('Quarterly check-in');
    for (const phone of phones) await phone.getByText('92 / 100 · ▲ better (+42)').waitFor();
    await app.menu('room.joinPanel');
    await panel.getByText('6 people joined').waitFor();
    await app.menu('room.joinPanel');

    // A value story, in the Impact view.
    await app.menu('view.show.impact');
    await page.getByRole('button', { name: 'Add a story' }).click();
    const story = page.getByRole('dialog', { name: 'New value story' });
    await story.getByLabel('Title').fill('Payments team cut flaky tests by half');
    await story.getByLabel('What happened').fill('After two mob sessions, the payments team rewrote its slowest tests.');
    await story.getByLabel('Who benefited').fill('Payments team');
    await story.getByLabel('Value cycle').selectOption({ label: 'Realized value' });
    await story.getByRole('checkbox', { name: 'Show to sponsors' }).check();
    await story.getByRole('button', { name: 'Save story' }).click();
    await page.getByRole('list', { name: 'Value stories' }).getByText('Payments team cut flaky tests by half').waitFor();
    const trend = page.getByRole('table', { name: 'Trend across 3 checks (score out of 100)' });
    expect(
      await trend
        .getByRole('row', { name: /^Value to members/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['25', '50', '92', '']);
    expect(await trend.getByRole('row', { name: /^Fun/ }).getByRole('cell').allTextContents()).toEqual(['100', '100', '50', '']);
    await screenshot(page, 'community-impact-1024');
    // The sponsor pitch shows the best stories.
    await app.menu('view.pitch');
    await page
      .getByRole('region', { name: 'Value stories' })
      .getByRole('heading', { name: 'Payments team cut flaky tests by half' })
      .waitFor();
    await app.menu('view.pitch');

    // The stage, where the backlog is planned.
    await app.menu('view.show.backlog');
    await page.getByText('Community stage').click();
    await page.getByLabel('Stage', { exact: true }).selectOption({ label: 'Maturing' });
    await page.getByLabel('Why').fill('Regular sessions, a growing core group');
    await page.getByRole('button', { name: 'Record the stage' }).click();
    await page.getByText(/Now: Maturing \(since/).waitFor();
    await screenshot(page, 'community-backlog-stage-1024');

    // The PDF: the health check with its trend, the story, the workshops of the community.
    const pdf = path.join(app.documentsDir, 'Check-in summary.pdf');
    app.answerNextDialog(pdf);
    await app.menu('export.pdf.a4');
    await expect
      .poll(() => page.getByRole('status', { name: 'Export finished' }).textContent(), { timeout: 60_000 })
      .toContain('PDF summary saved');
    const text = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
    expect(text).toContain('Community health');
    expect(text).toMatch(/Health check of \d+ \w+ 20\d\d · 6 answers\. Compared with the check of 24 Nov 2026\./);
    expect(text).toMatch(/Value to members .*92 \/ 100 50 \/ 100 ▲ better \(\+42\)/);
    expect(text).toMatch(/Fun .*50 \/ 100 100 \/ 100 ▼ worse \(-50\)/);
    // The trend across the three checks: the same numbers as the Impact view.
    expect(text).toContain('Trend across 3 checks (score out of 100)');
    expect(text).toMatch(
      /Dimension 12 May 2026 24 Nov 2026 \d+ \w+ 20\d\d Value to members 25 50 92 Participation — 75 — .*Fun 100 100 50 Overall 63 63 71/,
    );
    expect(text).toContain('Payments team cut flaky tests by half');
    expect(text).toContain('After two mob sessions, the payments team rewrote its slowest tests.');
    expect(text).toContain('Workshops of the community');
    // Page 1, the sponsor brief, shows the best story.
    expect(flat(execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }))).toContain(
      'Payments team cut flaky tests by half',
    );
    expect(text).toContain('Stage: Maturing');

    // The file: two workshops, two checks (counts only), the story.
    await app.menu('file.save');
    await expect.poll(async () => JSON.parse(await fs.readFile(file, 'utf8')).community.stories.length).toBe(1);
    const saved = JSON.parse(await fs.readFile(file, 'utf8')) as Workshop;
    expect(saved.schemaVersion).toBe(2);
    expect(saved.community.workshops.map((w) => w.title)).toEqual([first.meta.title]);
    expect(saved.community.workshops[0]!.canvas.notes).toHaveLength(first.canvas.notes.length);
    expect(saved.community.healthChecks).toHaveLength(3);
    expect(saved.community.healthChecks[2]).toMatchObject({ respondents: 6, revealed: true });
    expect(phoneErrors).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
