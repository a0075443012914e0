import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { seriousAxeViolations } from './axe';
import { inPseudoLocale, layoutProblems, overlaps, PSEUDO_CHECK_WIDTH } from './geometry';
import { launchApp } from './launch-app';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { startNewWorkshop } from './welcome-helpers';
import { screenshot } from './screenshot';

closeAppsAfterEachTest();

const mainLabel = (page: Page) => page.getByRole('main').getAttribute('aria-label');
const stepTitles = (page: Page) =>
  page
    .getByRole('list', { name: 'Agenda steps' })
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => item.querySelector('p')?.childNodes[0]?.textContent ?? ''));
const currentStepTitle = (page: Page) => page.getByRole('button', { name: /^Current step:/ }).textContent();
const shellTimer = (page: Page) => page.getByRole('region', { name: 'Current step' }).getByRole('timer');
const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);

async function started(page: Page) {
  await startNewWorkshop(page);
}

describe('running a workshop from the agenda, with the keyboard', () => {
  test('reorder, edit, add and delete steps; go through steps; start and pause the timer', async () => {
    const app = await launchApp({ viewport: { width: 1280, height: 800 } });
    const { page } = app;
    // Playwright's clock: time runs as usual, and the test can jump it forward instead of sleeping.
    await page.clock.install();
    await page.reload();
    await started(page);
    await page.keyboard.press('Alt+7');
    await expect.poll(() => mainLabel(page)).toBe('Agenda');
    const steps = page.getByRole('list', { name: 'Agenda steps' });
    await expect.poll(() => steps.getByRole('listitem').count()).toBe(9);
    await expect.poll(() => steps.getByRole('listitem').first().getAttribute('aria-current')).toBe('step');

    // Reorder with the keyboard (dnd-kit's keyboard sensor), announced to screen readers.
    await page.getByRole('button', { name: 'Move Silent brainstorm' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Picked up Silent brainstorm' }).count()).toBe(1);
    // dnd-kit listens for the arrow keys from a zero-delay timer after the pick-up; a timer queued now runs after it.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'would move to position 3' }).count()).toBe(1);
    await page.keyboard.press('Space');
    await expect
      .poll(() => stepTitles(page))
      .toEqual([
        'Check-in',
        'Cluster',
        'Silent brainstorm',
        'Dot vote',
        'Vision statement',
        'Goals & objectives',
        'Backlog of first activities',
        'Sponsor ask',
        'Wrap-up & export',
      ]);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await stepTitles(page)).slice(0, 3)).toEqual(['Check-in', 'Silent brainstorm', 'Cluster']);

    // Edit a step in place: title, time box; Enter closes the editor and gives the focus back.
    await page.getByRole('button', { name: 'Edit Dot vote' }).focus();
    await page.keyboard.press('Enter');
    const editor = page.getByRole('form', { name: 'Edit step Dot vote' });
    await expect.poll(() => editor.getByRole('textbox', { name: 'Step title' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('End');
    await page.keyboard.type(' (3 dots each)');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('button', { name: 'Edit Dot vote (3 dots each)' }).evaluate((el) => el === document.activeElement))
      .toBe(true);
    await expect
      .poll(() => steps.getByRole('listitem').filter({ hasText: 'Dot vote (3 dots each)' }).textContent())
      .toMatch(/7 min\s*· Canvas \(voting\)/);

    // Add a step, then delete it (the focus goes to a neighbour, not to the page).
    await page.getByRole('button', { name: 'Add step' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('textbox', { name: 'Step title' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Energizer');
    await page.keyboard.press('Enter');
    await expect.poll(() => steps.getByRole('listitem').count()).toBe(10);
    await page.getByRole('button', { name: 'Delete Energizer' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => steps.getByRole('listitem').count()).toBe(9);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move Wrap-up & export');

    // Next step: the step's view opens; the facilitator is reminded that its timer is not running.
    await page.keyboard.press('Control+PageDown');
    await expect.poll(() => mainLabel(page)).toBe('Canvas');
    await expect.poll(() => currentStepTitle(page)).toContain('2. Silent brainstorm');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Timer not started' }).count()).toBe(1);
    await expect.poll(() => shellTimer(page).textContent()).toContain('10 min left of 10 min');

    // Start, +1 min, pause: all from the keyboard, on the canvas.
    await page.keyboard.press('Control+Shift+T');
    await expect.poll(() => page.getByRole('button', { name: 'Pause timer' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Timer not started' }).count()).toBe(0);
    await expect.poll(() => shellTimer(page).textContent()).toMatch(/9 min 5\d s left of 10 min/);
    await page.keyboard.press('Control+Shift+ArrowUp');
    await expect.poll(() => shellTimer(page).textContent()).toMatch(/10 min 5\d s left of 11 min/);
    await page.keyboard.press('Control+Shift+T');
    await expect.poll(() => shellTimer(page).textContent()).toContain('Paused');
    const paused = await shellTimer(page).textContent();
    // A paused timer does not move, however much time passes (jump the page's clock two minutes ahead).
    await page.clock.fastForward(120_000);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await shellTimer(page).textContent()).toBe(paused);

    // The time spent is recorded in the document for the summary, shown against the plan.
    await page.keyboard.press('Control+PageDown');
    await expect.poll(() => currentStepTitle(page)).toContain('3. Cluster');
    await page.keyboard.press('Alt+7');
    await expect
      .poll(() => steps.getByRole('listitem').filter({ hasText: 'Silent brainstorm' }).textContent())
      .toMatch(/ran 0:0\d of 10:00/);

    // Previous step goes back; the dot vote step opens the canvas.
    await page.keyboard.press('Control+PageUp');
    await expect.poll(() => currentStepTitle(page)).toContain('2. Silent brainstorm');
    await page.keyboard.press('Alt+7');
    await page.getByRole('button', { name: 'Go to step Dot vote (3 dots each)' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => mainLabel(page)).toBe('Canvas');
    await expect.poll(() => currentStepTitle(page)).toContain('4. Dot vote');

    const file = path.join(app.documentsDir, 'run.copstudio');
    app.answerNextDialog(file);
    await page.keyboard.press('Control+Shift+S');
    await expect.poll(() => page.getByRole('status', { name: 'Save status' }).textContent()).toBe('Saved');
    const saved = JSON.parse(await fs.readFile(file, 'utf8'));
    const brainstorm = saved.agenda.steps.find((s: { title: string }) => s.title === 'Silent brainstorm');
    expect(brainstorm.actualSeconds).toBeGreaterThanOrEqual(1);
    expect(saved.agenda.steps.find((s: { title: string }) => s.title.startsWith('Dot vote'))).toMatchObject({ minutes: 7, mode: 'voting' });
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('steps can be dragged with the mouse too', async () => {
    const app = await launchApp({ viewport: { width: 1280, height: 800 } });
    const { page } = app;
    await started(page);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Agenda' }).click();
    const from = (await page.getByRole('button', { name: 'Move Dot vote' }).boundingBox())!;
    const to = (await page.getByRole('button', { name: 'Move Silent brainstorm' }).boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 2 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 - 4, { steps: 12 });
    await page.mouse.up();
    await expect.poll(async () => (await stepTitles(page)).slice(0, 4)).toEqual(['Check-in', 'Dot vote', 'Silent brainstorm', 'Cluster']);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('at zero the timer says so and shows the overrun; the sound setting is remembered', async () => {
    const app = await launchApp({ viewport: { width: 1280, height: 800 } });
    const { page } = app;
    await started(page);
    await page.keyboard.press('Alt+7');
    await page.getByRole('checkbox', { name: 'Sound at the end of a time box' }).check();
    await expect
      .poll(async () => JSON.parse(await fs.readFile(path.join(app.dataDir, 'preferences.json'), 'utf8')).preferences.timerSound)
      .toBe(true);
    await page.getByRole('button', { name: 'Start timer' }).first().click();
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: '−1 min' }).click();
    const big = page.getByRole('region', { name: 'Check-in' }).getByRole('timer');
    await expect.poll(() => big.textContent()).toContain('Time is up');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Time is up for Check-in.' }).count()).toBe(1);
    await expect.poll(() => big.textContent()).toMatch(/\+0:0[1-9]/);
    await expect.poll(() => shellTimer(page).textContent()).toContain('Time is up');
    await screenshot(page, 'agenda-time-is-up');
    await page.getByRole('button', { name: '+1 min' }).click();
    await expect.poll(() => big.textContent()).toContain('Running');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('the theme picker and the keyboard map', async () => {
    const app = await launchApp({ viewport: { width: 1024, height: 768 } });
    const { page } = app;
    await started(page);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
    await expect.poll(() => theme(page)).toBe('dark');
    await expect
      .poll(async () => JSON.parse(await fs.readFile(path.join(app.dataDir, 'preferences.json'), 'utf8')).preferences.theme)
      .toBe('dark');
    await page.keyboard.press('Alt+7');
    await expect.poll(() => mainLabel(page)).toBe('Agenda');
    await screenshot(page, 'agenda-dark-1024x768');
    expect(await layoutProblems(page)).toEqual([]);
    await page.keyboard.press('?');
    const map = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const group of ['Files', 'Editing', 'Views and display', 'Agenda and timer', 'Agenda list', 'Help']) {
      await expect.poll(() => map.getByRole('table', { name: group }).count()).toBe(1);
    }
    const timerTable = map.getByRole('table', { name: 'Agenda and timer' });
    const expected: Array<[string, string]> = [
      ['Start or pause the timer', 'Ctrl+Shift+T'],
      ['Add a minute to the timer', 'Ctrl+Shift+Up'],
      ['Next agenda step', 'Ctrl+PageDown'],
    ];
    for (const [action, keys] of expected) {
      await expect.poll(() => timerTable.getByRole('row', { name: new RegExp(action) }).textContent()).toContain(keys);
    }
    await expect.poll(() => map.getByRole('row', { name: /Projector mode/ }).textContent()).toContain('F5');
    await screenshot(page, 'keyboard-map-1024x768');
    expect(await layoutProblems(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => map.count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});

describe('projector mode', () => {
  const SIZES = [
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ];
  for (const viewport of SIZES) {
    const size = `${viewport.width}x${viewport.height}`;
    test(`F5 at ${size}: full screen, large type, high contrast, no chrome, readable; Esc leaves`, async () => {
      const app = await launchApp({ viewport });
      const { page } = app;
      await started(page);
      // A long step title and description, to see them wrap rather than overflow.
      await page.keyboard.press('Alt+7');
      await page.getByRole('button', { name: 'Edit Silent brainstorm' }).click();
      const title = page.getByRole('textbox', { name: 'Step title' });
      await title.fill('Silent brainstorm: what should our community of practice make possible for our teams next year?');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+PageDown');
      await expect.poll(() => mainLabel(page)).toBe('Canvas');
      const normalFontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

      await page.keyboard.press('F5');
      const bar = page.getByRole('banner', { name: 'Current step' });
      await expect.poll(() => bar.count()).toBe(1);
      await expect.poll(() => page.getByRole('navigation', { name: 'Views' }).count()).toBe(0);
      await expect.poll(() => page.getByRole('textbox', { name: 'Workshop title' }).count()).toBe(0);
      await expect.poll(() => theme(page)).toBe('high-contrast');
      await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
      const projectorFontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      expect(projectorFontSize).toBeGreaterThanOrEqual(Math.max(20, normalFontSize * 1.25));
      await expect.poll(() => bar.getByRole('heading', { level: 1 }).textContent()).toContain('what should our community');
      await expect.poll(() => bar.getByRole('timer').textContent()).toContain('Not started');

      // The bar's parts by role alone, so the same check runs in the pseudo-locale, where their names change.
      const barParts = async () => {
        const area = page.getByRole('banner');
        return [
          { label: 'step title', locator: area.getByRole('heading', { level: 1 }) },
          { label: 'timer', locator: area.getByRole('timer') },
          ...(await area.getByRole('navigation').getByRole('button').all()).map((locator, i) => ({ label: `control ${i + 1}`, locator })),
          { label: 'the view', locator: page.getByRole('main') },
        ];
      };
      const checkScreen = async (what: string) => {
        expect(await layoutProblems(page), `${what} at ${size}`).toEqual([]);
        expect(await overlaps(await barParts()), `${what} at ${size}`).toEqual([]);
        if (viewport.width === PSEUDO_CHECK_WIDTH) {
          const pseudo = await inPseudoLocale(page, async () => overlaps(await barParts()));
          expect(pseudo, `${what} at ${size}, in the pseudo-locale`).toEqual([]);
        }
        const mainBox = (await page.getByRole('main').boundingBox())!;
        expect(mainBox.height, 'the view fills the rest of the screen').toBeGreaterThan(viewport.height * 0.45);
        expect(await seriousAxeViolations(page), `${what} at ${size}`).toEqual([]);
      };
      await screenshot(page, `projector-canvas-${size}`);
      await checkScreen('canvas in projector mode');

      // The timer runs from the keyboard; Page Down (a presentation clicker) moves to the next step.
      await page.keyboard.press('Control+Shift+T');
      await expect.poll(() => bar.getByRole('timer').textContent()).toContain('Running');
      await page.keyboard.press('PageDown');
      await expect.poll(() => bar.getByRole('heading', { level: 1 }).textContent()).toBe('Cluster');
      await page.keyboard.press('Alt+7');
      await expect.poll(() => mainLabel(page)).toBe('Agenda');
      await expect
        .poll(() =>
          page
            .getByRole('button', { name: /^Delete / })
            .first()
            .isVisible(),
        )
        .toBe(false);
      await screenshot(page, `projector-agenda-${size}`);
      await checkScreen('agenda in projector mode');

      await page.keyboard.press('Escape');
      await expect.poll(() => bar.count()).toBe(0);
      await expect.poll(() => page.getByRole('navigation', { name: 'Views' }).count()).toBe(1);
      await expect.poll(() => theme(page)).toBe('light');
      await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
      expect(await layoutProblems(page), `agenda after projector mode at ${size}`).toEqual([]);
      const prefs = JSON.parse(await fs.readFile(path.join(app.dataDir, 'preferences.json'), 'utf8').catch(() => '{}'));
      expect(prefs.preferences?.theme ?? 'light').toBe('light');
      expect(app.pageErrors).toEqual([]);
      await app.close();
    });
  }

  test('the View menu enters and leaves it too, and a chosen dark theme comes back after', async () => {
    const app = await launchApp({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    await started(page);
    await app.menu('view.theme.dark');
    await expect.poll(() => theme(page)).toBe('dark');
    await app.menu('view.projector');
    await expect.poll(() => page.getByRole('banner', { name: 'Current step' }).count()).toBe(1);
    await expect.poll(() => theme(page)).toBe('high-contrast');
    await app.menu('view.projector');
    await expect.poll(() => page.getByRole('banner', { name: 'Current step' }).count()).toBe(0);
    await expect.poll(() => theme(page)).toBe('dark');
    // What Electron sends when the window leaves full screen another way (View ▸ Toggle Full Screen).
    await app.menu('view.projector');
    await expect.poll(() => page.getByRole('banner', { name: 'Current step' }).count()).toBe(1);
    await app.menu('view.projector.leave');
    await expect.poll(() => page.getByRole('banner', { name: 'Current step' }).count()).toBe(0);
    await app.menu('view.projector.leave');
    await expect.poll(() => page.getByRole('banner', { name: 'Current step' }).count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});

describe('time spent in the summary', () => {
  test('a timer still running counts in an export', async () => {
    const app = await launchApp({ viewport: { width: 1280, height: 800 } });
    const { page } = app;
    await page.clock.install();
    await page.reload();
    await started(page);
    await page.keyboard.press('Control+Shift+T');
    await expect.poll(() => page.getByRole('button', { name: 'Pause timer' }).count()).toBe(1);
    await page.clock.fastForward(90_000);
    const file = path.join(app.documentsDir, 'summary.md');
    app.answerNextDialog(file);
    await app.menu('export.markdown');
    await expect
      .poll(async () => (await fs.readFile(file, 'utf8').catch(() => '')).split('\n').find((line) => line.includes('| Check-in |')))
      .toMatch(/^\| Check-in \| 5 min \| 1 min 3\d s \|/);
    // The timer goes on running.
    expect(await page.getByRole('button', { name: 'Pause timer' }).count()).toBe(1);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
