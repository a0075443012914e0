import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { serializeWorkshop } from '../../electron/services/workshop-files';
import { newId } from '../../shared/domain/ids';
import { zoneOfRect } from '../../shared/domain/zone-of-point';
import type { Workshop } from '../../shared/schema';
import { realisticWorkshop } from '../fixtures/realistic-workshop';
import { seriousAxeViolations } from './axe';
import { roomScreen } from './geometry';
import { launchApp, REPO_ROOT, type LaunchedApp } from './launch-app';
import { closeAppsAfterEachTest } from './app-lifecycle';

closeAppsAfterEachTest();

/**
 * The room's view of the whole default agenda, in projector mode: on every step's surface, every visible text
 * is ≥ 20 px on screen, whole (not clipped, no word broken), nothing scrolls sideways, the step bar keeps to
 * 15 % of the height, and the only controls are the facilitation ones.
 *
 * PROJECTOR_SCREENSHOTS=1 also writes the screenshots of docs/images/projector/ (see docs/facilitation.md).
 */
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const ALLOWED_CONTROLS = new Set(['Start timer', 'Pause timer', 'Reveal votes', 'Previous step', 'Next step', 'Leave projector mode']);
const SHOTS = process.env.PROJECTOR_SCREENSHOTS === '1';
const SHOT_DIR = path.join(REPO_ROOT, 'docs', 'images', 'projector');

const mainLabel = (page: Page) => page.getByRole('main').getAttribute('aria-label');
const stepHeading = (page: Page) => page.getByRole('banner', { name: 'Current step' }).getByRole('heading', { level: 1 });

/** The realistic workshop with `extra` more notes spread over the zones (60 notes in all with 34). */
function workshopWith(extra: number): Workshop {
  const w = realisticWorkshop();
  w.canvas.voting.revealed = false;
  w.agenda.currentStepId = w.agenda.steps[0]!.id;
  const zones = w.canvas.zones;
  for (let i = 0; i < extra; i++) {
    const zone = zones[i % zones.length]!;
    const rect = { x: zone.x + 10 + (i % 3) * 5, y: zone.y + 60 + (i % 4) * 5, width: 160, height: 100 };
    w.canvas.notes.push({
      id: newId(),
      text: `Idea ${i + 1}: ${['pair on the flaky tests', 'a kata on Fridays', 'share the review checklist', 'invite the designers to the next brown bag lunch', 'write down how we onboard newcomers'][i % 5]}`,
      color: 'green',
      author: i % 2 ? 'Sofia Rossi' : null,
      authorMemberId: null,
      ...rect,
      zoneId: zoneOfRect(zones, rect)?.id ?? null,
      themeId: i % 4 === 0 ? w.canvas.themes[i % w.canvas.themes.length]!.id : null,
      createdAt: '2026-11-24T09:30:00.000Z',
    });
  }
  return w;
}

async function openInProjector(viewport: { width: number; height: number }, w: Workshop): Promise<LaunchedApp> {
  const app = await launchApp({ viewport });
  const file = path.join(app.documentsDir, 'projector.copstudio');
  await fs.mkdir(app.documentsDir, { recursive: true });
  await fs.writeFile(file, serializeWorkshop(w));
  app.answerNextDialog(file);
  await app.page.getByRole('button', { name: 'Open workshop…' }).click();
  await expect.poll(() => app.page.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe(w.meta.title);
  await app.page.keyboard.press('F5');
  await expect.poll(() => stepHeading(app.page).count()).toBe(1);
  return app;
}

async function checkRoomScreen(page: Page, viewport: { height: number }, what: string): Promise<void> {
  const report = await roomScreen(page, { minTextPx: 20 });
  expect(report.problems, what).toEqual([]);
  expect(
    report.controls.filter((c) => !ALLOWED_CONTROLS.has(c)),
    `${what}: editing controls`,
  ).toEqual([]);
  expect(report.textCount, what).toBeGreaterThan(3);
  const bar = (await page.getByRole('banner', { name: 'Current step' }).boundingBox())!;
  expect(bar.height, `${what}: the step bar's height`).toBeLessThanOrEqual(viewport.height * 0.15);
}

/** The screenshots of the docs, in the three themes (pngquant, where installed, makes them small 8-bit PNGs). */
async function shoot(app: LaunchedApp, name: string): Promise<void> {
  if (!SHOTS) return;
  await fs.mkdir(SHOT_DIR, { recursive: true });
  for (const theme of ['high-contrast', 'light', 'dark'] as const) {
    await app.menu(`view.theme.${theme}`);
    await expect.poll(() => app.page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    const file = path.join(SHOT_DIR, `${name}-${theme}.png`);
    await app.page.screenshot({ path: file });
    try {
      execFileSync('pngquant', ['--force', '--skip-if-larger', '--quality=60-90', '--output', file, '--', file]);
    } catch {
      // No pngquant: the full-colour PNG stays.
    }
  }
  await app.menu('view.theme.high-contrast');
}

const STEPS: Array<{ title: string; surface: string; shot: string }> = [
  { title: 'Check-in', surface: 'Check-in', shot: 'check-in' },
  { title: 'Silent brainstorm', surface: 'Brainstorm', shot: 'brainstorm' },
  { title: 'Cluster', surface: 'Themes', shot: 'cluster' },
  { title: 'Dot vote', surface: 'Dot vote', shot: 'vote' },
  { title: 'Vision statement', surface: 'Vision statement', shot: 'vision' },
  { title: 'Goals & objectives', surface: 'Goals', shot: 'goals' },
  { title: 'Backlog of first activities', surface: 'Backlog', shot: 'backlog' },
  { title: 'Sponsor ask', surface: 'Sponsor ask', shot: 'sponsor' },
  { title: 'Wrap-up & export', surface: 'Agenda', shot: 'agenda' },
];

describe('projector mode: what the room sees at every step', () => {
  for (const viewport of SIZES) {
    const size = `${viewport.width}x${viewport.height}`;
    test(`the whole default agenda at ${size} with the realistic workshop (26 notes in 8 zones, 4 themes, 6 voters)`, async () => {
      const app = await openInProjector(viewport, workshopWith(0));
      const { page } = app;
      for (const [i, step] of STEPS.entries()) {
        if (i > 0) await page.keyboard.press('PageDown');
        await expect.poll(() => stepHeading(page).textContent()).toBe(step.title);
        await expect.poll(() => mainLabel(page)).toBe(step.surface);
        await checkRoomScreen(page, viewport, `${step.title} at ${size}`);
        await shoot(app, `${step.shot}-${size}`);
        if (viewport.width === 1024) expect(await seriousAxeViolations(page), `${step.title}: axe`).toEqual([]);
        if (step.shot === 'brainstorm') {
          // Every zone, one at a time (→), each readable; the strip names them all.
          const zones = await page.getByRole('list', { name: 'Zones' }).getByRole('listitem').count();
          expect(zones).toBe(8);
          for (let z = 1; z < zones; z++) {
            await page.keyboard.press('ArrowRight');
            await expect
              .poll(() => page.locator('[aria-current="true"]').first().textContent())
              .toContain(
                (await page.getByRole('list', { name: 'Zones' }).getByRole('listitem').nth(z).locator('.zone-strip__title').textContent())!,
              );
            await checkRoomScreen(page, viewport, `brainstorm zone ${z + 1} at ${size}`);
          }
          await page.keyboard.press('ArrowRight');
        }
        if (step.shot === 'vote') {
          // Hidden until the reveal: the candidates and the dots left, no counts; then the ranked results.
          await expect.poll(() => page.getByRole('status').filter({ hasText: 'hidden until the reveal' }).count()).toBe(1);
          await expect.poll(() => page.getByRole('list', { name: 'Ranked results' }).count()).toBe(0);
          await page.getByRole('button', { name: 'Reveal votes' }).click();
          await expect.poll(() => page.getByRole('list', { name: 'Ranked results' }).count()).toBe(1);
          await expect.poll(() => page.getByRole('button', { name: 'Reveal votes' }).count()).toBe(0);
          await checkRoomScreen(page, viewport, `results at ${size}`);
          await shoot(app, `results-${size}`);
        }
      }
      // The facilitator can switch the surface (Shift+S from the agenda: impact).
      await page.keyboard.press('Shift+S');
      await expect.poll(() => mainLabel(page)).toBe('Impact');
      await checkRoomScreen(page, viewport, `impact at ${size}`);
      await shoot(app, `impact-${size}`);
      expect(app.pageErrors).toEqual([]);
      await app.close();
    });

    test(`brainstorm and cluster stay readable with 60 notes at ${size}, paging`, async () => {
      const app = await openInProjector(viewport, workshopWith(34));
      const { page } = app;
      await page.keyboard.press('PageDown');
      await expect.poll(() => mainLabel(page)).toBe('Brainstorm');
      for (let z = 0; z < 8; z++) {
        await checkRoomScreen(page, viewport, `60 notes, zone ${z + 1} at ${size}`);
        // Page through the zone's notes.
        for (let p = 0; p < 4; p++) {
          const before = await page.locator('.fit-list__range').first().textContent();
          if (!before?.includes('more')) break;
          await page.keyboard.press('ArrowDown');
          await expect.poll(() => page.locator('.fit-list__range').first().textContent()).not.toBe(before);
          await checkRoomScreen(page, viewport, `60 notes, zone ${z + 1}, page ${p + 2} at ${size}`);
        }
        await page.keyboard.press('ArrowRight');
      }
      await page.keyboard.press('PageDown');
      await expect.poll(() => mainLabel(page)).toBe('Themes');
      for (let p = 0; p < 8; p++) {
        await checkRoomScreen(page, viewport, `60 notes, themes page ${p + 1} at ${size}`);
        const before = await page.locator('.fit-list__range').first().textContent();
        if (!before?.includes('more')) break;
        await page.keyboard.press('ArrowDown');
        await expect.poll(() => page.locator('.fit-list__range').first().textContent()).not.toBe(before);
      }
      expect(app.pageErrors).toEqual([]);
      await app.close();
    });
  }

  test('brainstorm: a note added while projecting appears at once, its zone brought into view, marked New', async () => {
    const app = await openInProjector({ width: 1024, height: 768 }, workshopWith(0));
    const { page } = app;
    await page.keyboard.press('PageDown');
    await expect.poll(() => mainLabel(page)).toBe('Brainstorm');
    const counts = () => page.getByRole('list', { name: 'Zones' }).locator('.zone-strip__count').allTextContents();
    const before = (await counts()).map(Number);
    await app.menu('canvas.addNote');
    await expect.poll(async () => (await counts()).map(Number).reduce((a, b) => a + b, 0)).toBe(before.reduce((a, b) => a + b, 0) + 1);
    const after = (await counts()).map(Number);
    const zone = after.findIndex((n, i) => n !== before[i]);
    await expect
      .poll(() => page.getByRole('list', { name: 'Zones' }).getByRole('listitem').nth(zone).getAttribute('aria-current'))
      .toBe('true');
    await expect.poll(() => page.locator('.projector-note--new').count()).toBe(1);
    await checkRoomScreen(page, { height: 768 }, 'brainstorm with a new note');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('the measure sees what the room could not read: the editor’s canvas, zoomed out, fails it', async () => {
    const app = await openInProjector({ width: 1024, height: 768 }, workshopWith(0));
    const { page } = app;
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+1');
    await expect.poll(() => page.getByRole('region', { name: 'Canvas board' }).count()).toBe(1);
    const report = await roomScreen(page, { minTextPx: 20 });
    expect(report.problems.some((p) => /Stop reinventing.* is \d+(\.\d+)? px on screen/.test(p))).toBe(true);
    expect(report.controls).toContain('Add note');
    await app.close();
  });
});
