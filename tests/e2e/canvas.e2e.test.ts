import { readFileSync, promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { addNoteInZone } from '../../shared/domain/canvas-notes';
import { createWorkshop } from '../../shared/domain/new-workshop';
import type { Workshop } from '../../shared/schema';
import { launchApp, REPO_ROOT } from './launch-app';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { launchWithNewWorkshop } from './welcome-helpers';
import { screenshot } from './screenshot';

closeAppsAfterEachTest();

const note = (page: Page, text: string) => page.getByRole('button', { name: new RegExp(`^Note: ${text}`) });
const noteName = (page: Page, text: string) => note(page, text).getAttribute('aria-label');

async function addNoteIn(page: Page, zone: string, text: string) {
  await page.getByRole('region', { name: zone }).focus();
  await page.keyboard.press('n');
  const editor = page.getByRole('textbox', { name: 'Note text' });
  await expect.poll(() => editor.count()).toBe(1);
  await editor.fill(text);
  await page.keyboard.press('Escape');
  await expect.poll(() => noteName(page, text)).toContain(`in ${zone}`);
}

async function centre(page: Page, locator: ReturnType<Page['getByRole']>) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('the vision canvas', () => {
  test('notes are added, dragged with the mouse and the keyboard, saved, undone, grouped and voted on', async () => {
    const app = await launchWithNewWorkshop({ viewport: { width: 1920, height: 1080 } });
    const { page } = app;
    await expect.poll(() => page.getByRole('region', { name: 'Purpose (why)' }).count()).toBe(1);

    // Three notes, added with N into the focused zone.
    await addNoteIn(page, 'Purpose (why)', 'Share libraries');
    await addNoteIn(page, 'Purpose (why)', 'Brown bag lunches');
    await addNoteIn(page, 'Risks', 'No time');

    // Drag one from Purpose to Domain with the mouse.
    const from = await centre(page, note(page, 'Share libraries'));
    const to = await centre(page, page.getByRole('region', { name: 'Domain (what we care about)' }));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 10, from.y, { steps: 2 });
    await page.mouse.move(to.x, to.y, { steps: 20 });
    await page.mouse.up();
    await expect.poll(() => noteName(page, 'Share libraries')).toContain('in Domain (what we care about)');

    // Drag another from Purpose down to Activities with the keyboard: Space picks up, arrows move, Space drops.
    await note(page, 'Brown bag lunches').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByText(/Picked up note "Brown bag lunches"/).count()).toBe(1);
    // As a screen-reader user would: press Down until the note is announced over the target zone.
    const overActivities = page.getByText('Note "Brown bag lunches" is over zone Activities (ideas).');
    for (let presses = 0; presses < 60 && (await overActivities.count()) === 0; presses++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByText('Dropped note "Brown bag lunches" in zone Activities (ideas).').count()).toBe(1);
    await expect.poll(() => noteName(page, 'Brown bag lunches')).toContain('in Activities (ideas)');

    // The zones are in the saved file.
    const file = path.join(app.documentsDir, 'canvas.copstudio');
    app.answerNextDialog(file);
    await page.getByRole('button', { name: 'Save as…' }).click();
    await expect.poll(() => page.getByRole('status', { name: 'Save status' }).textContent()).toBe('Saved');
    const saved = JSON.parse(await fs.readFile(file, 'utf8')) as Workshop;
    const zoneOf = (text: string) => {
      const n = saved.canvas.notes.find((x) => x.text === text)!;
      return saved.canvas.zones.find((z) => z.id === n.zoneId)?.title;
    };
    expect(zoneOf('Share libraries')).toBe('Domain (what we care about)');
    expect(zoneOf('Brown bag lunches')).toBe('Activities (ideas)');
    expect(zoneOf('No time')).toBe('Risks');

    // Each move is one undo step; redo brings them back.
    await note(page, 'No time').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => noteName(page, 'Brown bag lunches')).toContain('in Purpose (why)');
    expect(await noteName(page, 'Share libraries')).toContain('in Domain (what we care about)');
    await page.keyboard.press('Control+z');
    await expect.poll(() => noteName(page, 'Share libraries')).toContain('in Purpose (why)');
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => noteName(page, 'Brown bag lunches')).toContain('in Activities (ideas)');
    expect(await noteName(page, 'Share libraries')).toContain('in Domain (what we care about)');

    // Group two notes into a theme, and name it.
    await note(page, 'Share libraries').click();
    await note(page, 'Brown bag lunches').click({ modifiers: ['Shift'] });
    await expect.poll(() => page.getByText('2 selected').count()).toBe(1);
    await page.getByRole('button', { name: 'Group into theme' }).click();
    await page.getByRole('textbox', { name: 'Name of theme Theme 1' }).fill('Knowledge sharing');
    await expect.poll(() => noteName(page, 'Share libraries')).toContain('theme Knowledge sharing');
    await expect.poll(() => noteName(page, 'Brown bag lunches')).toContain('theme Knowledge sharing');
    expect(await noteName(page, 'No time')).not.toContain('theme');

    // Dot vote as two participants, added on the fly.
    await page.getByRole('button', { name: 'Dot vote' }).click();
    for (const name of ['Ada', 'Bo']) {
      await page.getByRole('textbox', { name: 'New voter’s name' }).fill(name);
      await page.getByRole('button', { name: 'Add voter' }).click();
      await expect.poll(() => page.getByRole('checkbox', { name }).isChecked()).toBe(true);
    }
    const budget = page.getByRole('status', { name: 'Dots left' });
    await page.getByRole('combobox', { name: 'Who is voting' }).selectOption({ label: 'Ada' });
    await expect.poll(() => budget.textContent()).toBe('Ada: 3 of 3 dots left');
    await note(page, 'No time').click();
    await note(page, 'No time').click();
    await page.getByRole('button', { name: 'Add dot to theme Knowledge sharing' }).click();
    await expect.poll(() => budget.textContent()).toBe('Ada: 0 of 3 dots left');
    await note(page, 'Share libraries').click();
    await expect.poll(() => page.getByText('Ada has no dots left.').count()).toBe(1);
    await page.getByRole('combobox', { name: 'Who is voting' }).selectOption({ label: 'Bo' });
    await expect.poll(() => budget.textContent()).toBe('Bo: 3 of 3 dots left');
    await note(page, 'No time').focus();
    await page.keyboard.press('Enter');
    await note(page, 'Share libraries').click();
    await expect.poll(() => budget.textContent()).toBe('Bo: 1 of 3 dots left');

    // Hidden until revealed; then ranked.
    await expect.poll(() => page.getByText(/Votes are hidden \(5 dots placed\)/).count()).toBe(1);
    expect(await noteName(page, 'No time')).not.toContain('dots');
    await page.getByRole('button', { name: 'Reveal votes' }).click();
    const notesRanking = page.getByRole('list', { name: 'Notes by votes' }).getByRole('listitem');
    await expect.poll(() => notesRanking.allTextContents()).toEqual(['No time — 3 dots', 'Share libraries — 1 dot']);
    await expect
      .poll(() => page.getByRole('list', { name: 'Themes by votes' }).getByRole('listitem').allTextContents())
      // The one tally: the theme counts its own dot and the dot on its note "Share libraries".
      .toEqual(['Knowledge sharing — 2 dots']);
    await expect.poll(() => noteName(page, 'No time')).toContain('3 dots');

    await screenshot(page, 'canvas-voting-1920x1080');
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await screenshot(page, 'canvas-edit-1920x1080');
    await app.menu('view.theme.dark');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await screenshot(page, 'canvas-dark-1920x1080');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('delete, undo, duplicate; a changed template keeps the notes after asking', async () => {
    const app = await launchWithNewWorkshop({ viewport: { width: 1280, height: 800 } });
    const { page } = app;
    await expect.poll(() => page.getByRole('region', { name: 'Risks' }).count()).toBe(1);
    await addNoteIn(page, 'Risks', 'Burn-out');
    await note(page, 'Burn-out').focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => note(page, 'Burn-out').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => note(page, 'Burn-out').count()).toBe(1);
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByText('1 selected').count()).toBe(1);
    await page.getByRole('button', { name: 'Zoom in' }).focus();
    await page.keyboard.press('Control+z'); // undoes the new note: it is no longer selected
    await expect.poll(() => page.getByText('1 selected').count()).toBe(0);
    await note(page, 'Burn-out').focus();
    await page.keyboard.press('Control+d');
    await expect.poll(() => note(page, 'Burn-out').count()).toBe(2);

    await page.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'Start / Stop / Continue' });
    const dialog = page.getByRole('dialog', { name: 'Change the canvas template?' });
    await dialog.getByRole('button', { name: 'Change template' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Continue' }).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Risks' }).count()).toBe(0);
    await expect.poll(() => note(page, 'Burn-out').count()).toBe(2);

    // A note goes to the backlog or becomes a goal, with a polite notice.
    await note(page, 'Burn-out').last().click();
    await page.getByRole('button', { name: 'Add to backlog' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '"Burn-out" was added to the backlog, in Ideas.' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Make this a goal' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '"Burn-out" is now a goal' }).count()).toBe(1);

    // Arrow keys move a focused note a step; a zone can be renamed.
    await note(page, 'Burn-out').first().focus();
    const before = await note(page, 'Burn-out').first().boundingBox();
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(async () => (await note(page, 'Burn-out').first().boundingBox())!.x).toBeGreaterThan(before!.x);
    await page.getByRole('button', { name: 'Rename zone Stop' }).click();
    await page.getByRole('textbox', { name: 'New name of zone Stop' }).fill('Stop doing');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('region', { name: 'Stop doing' }).count()).toBe(1);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('a rubber band selects several notes that then move together, in one undo step; zoomed in, high contrast', async () => {
    const app = await launchWithNewWorkshop({ viewport: { width: 1280, height: 800 } });
    const { page } = app;
    await expect.poll(() => page.getByRole('region', { name: 'Purpose (why)' }).count()).toBe(1);
    await addNoteIn(page, 'Purpose (why)', 'Pair programming');
    await addNoteIn(page, 'Purpose (why)', 'Mob reviews');
    await page.keyboard.press('Escape'); // nothing selected

    const a = (await note(page, 'Pair programming').boundingBox())!;
    const b = (await note(page, 'Mob reviews').boundingBox())!;
    await page.keyboard.down('Shift');
    await page.mouse.move(a.x - 6, a.y - 6);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width + 6, b.y + b.height + 6, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect.poll(() => page.getByText('2 selected').count()).toBe(1);

    const from = await centre(page, note(page, 'Pair programming'));
    const to = await centre(page, page.getByRole('region', { name: 'Domain (what we care about)' }));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x - 60, to.y, { steps: 15 });
    await page.mouse.up();
    await expect.poll(() => noteName(page, 'Pair programming')).toContain('in Domain (what we care about)');
    await expect.poll(() => noteName(page, 'Mob reviews')).toContain('in Domain (what we care about)');
    await page.getByRole('button', { name: 'Zoom in' }).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => noteName(page, 'Pair programming')).toContain('in Purpose (why)');
    await expect.poll(() => noteName(page, 'Mob reviews')).toContain('in Purpose (why)');

    // Zoomed on one zone for the projector, in high contrast.
    await app.menu('view.theme.high-contrast');
    const zoneWidth = async () => (await page.getByRole('region', { name: 'Purpose (why)' }).boundingBox())!.width;
    const widthBefore = await zoneWidth();
    await page.getByRole('button', { name: 'Zoom to zone Purpose (why)' }).click();
    // The zone now fills the board: far larger than in the overview (how large depends on the shell around the board).
    await expect.poll(zoneWidth).toBeGreaterThan(Math.max(400, widthBefore * 1.5));
    await screenshot(page, 'canvas-zone-high-contrast-1280x800');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('select notes, switch view, open another workshop, Canvas ▸ Delete: nothing of the new workshop is deleted', async () => {
    const workshopWith = (title: string, texts: string[]) => {
      const workshop = createWorkshop({ title });
      for (const text of texts) addNoteInZone(workshop.canvas, workshop.canvas.zones[0]!, { text });
      return workshop;
    };
    const app = await launchApp({ viewport: { width: 1280, height: 800 } });
    const { page } = app;
    try {
      await fs.mkdir(app.documentsDir, { recursive: true });
      const first = path.join(app.documentsDir, 'first.copstudio');
      const second = path.join(app.documentsDir, 'second.copstudio');
      await fs.writeFile(first, JSON.stringify(workshopWith('First', ['Old one', 'Old two', 'Old three'])));
      await fs.writeFile(second, JSON.stringify(workshopWith('Second', ['New one', 'New two'])));
      app.answerNextDialog(first);
      await page.getByRole('button', { name: 'Open workshop…' }).click();
      await note(page, 'Old one').click();
      await note(page, 'Old two').click({ modifiers: ['Control'] });
      await expect.poll(() => page.getByRole('button', { name: /^Note: /, pressed: true }).count()).toBe(2);

      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Agenda' }).click();
      app.answerNextDialog(second);
      await app.menu('file.open');
      await expect.poll(() => page.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe('Second');
      await app.menu('canvas.delete');
      // Nothing of the new workshop is selected, so Delete has nothing to do (before the fix it acted on the old
      // workshop's ids: the canvas, a "2 notes deleted" notice and an empty undo step).
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Canvas' }).click();
      await expect.poll(() => page.getByRole('button', { name: /^Note: New / }).count()).toBe(2);
      expect(await page.getByRole('status').filter({ hasText: 'deleted' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^Note: /, pressed: true }).count()).toBe(0);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  test('with many notes, only those near the screen are rendered', async () => {
    const workshop = createWorkshop({ title: 'Many notes' });
    for (let i = 0; i < 400; i++) {
      const zone = workshop.canvas.zones[i % workshop.canvas.zones.length]!;
      addNoteInZone(workshop.canvas, zone, { text: `Idea ${i + 1}` });
    }
    const app = await launchApp({ viewport: { width: 1280, height: 800 } });
    const { page } = app;
    const file = path.join(app.documentsDir, 'many.copstudio');
    await fs.mkdir(app.documentsDir, { recursive: true });
    await fs.writeFile(file, JSON.stringify(workshop));
    app.answerNextDialog(file);
    await page.getByRole('button', { name: 'Open workshop…' }).click();
    const notes = page.getByRole('button', { name: /^Note: Idea / });
    await expect.poll(() => notes.count()).toBe(400);
    await page.getByRole('button', { name: 'Zoom to zone Risks' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => notes.count()).toBeLessThan(400);
    expect(await notes.count()).toBeGreaterThan(0);
    await expect.poll(() => note(page, 'Idea 8,').count()).toBe(1); // the first note of Risks
    await page.getByRole('button', { name: 'Fit' }).click();
    await expect.poll(() => notes.count()).toBe(400);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('a note can be dragged by touch, and two fingers zoom', async () => {
    const app = await launchWithNewWorkshop({ viewport: { width: 1280, height: 800 } });
    const { page } = app;
    await expect.poll(() => page.getByRole('region', { name: 'Risks' }).count()).toBe(1);
    await addNoteIn(page, 'Risks', 'Silos');
    await page.mouse.move(2, 2); // the mouse leaves the note: nothing is hovered
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const from = await centre(page, note(page, 'Silos'));
    const to = await centre(page, page.getByRole('region', { name: 'Means & sponsors' }));
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', from.x, from.y);
    for (let i = 1; i <= 10; i++) await touch('touchMove', from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10);
    await touch('touchEnd', to.x, to.y);
    await expect.poll(() => noteName(page, 'Silos')).toContain('in Means & sponsors');

    // Two fingers spreading apart on the background zoom in.
    const zoomButton = page.getByRole('button', { name: /% \(actual size\)$/ });
    const percent = async () => Number((await zoomButton.textContent())!.replace(/\D/g, ''));
    const before = await percent();
    const board = (await page.getByRole('region', { name: 'Goals (what success looks like)' }).boundingBox())!;
    const cx = board.x + board.width / 2;
    const cy = board.y + board.height / 2;
    const fingers = (spread: number) => [
      { x: cx - spread, y: cy, id: 1 },
      { x: cx + spread, y: cy, id: 2 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
    for (let spread = 30; spread <= 120; spread += 10)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(percent).toBeGreaterThan(before * 2);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('axe finds no serious accessibility problem on the canvas, in edit and in vote mode', async () => {
    const app = await launchWithNewWorkshop({ viewport: { width: 1920, height: 1080 } });
    const { page } = app;
    await expect.poll(() => page.getByRole('region', { name: 'Risks' }).count()).toBe(1);
    await addNoteIn(page, 'Risks', 'Burn-out');
    await addNoteIn(page, 'Purpose (why)', 'Learn together');
    await note(page, 'Burn-out').click();
    await page.getByRole('button', { name: 'Group into theme' }).click();
    const axeSource = readFileSync(path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axeSource);
    const audit = () =>
      page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(
                context: unknown,
                options: unknown,
              ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(document.querySelector('main'), { resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id}: ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          );
      });
    expect(await audit()).toEqual([]);
    await page.getByRole('button', { name: 'Dot vote' }).click();
    await page.getByRole('textbox', { name: 'New voter’s name' }).fill('Ada');
    await page.getByRole('button', { name: 'Add voter' }).click();
    await page.getByRole('button', { name: 'Reveal votes' }).click();
    expect(await audit()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
