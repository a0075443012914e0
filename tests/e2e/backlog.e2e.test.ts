import axe from 'axe-core';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Workshop } from '../../shared/schema';
import { preparedWorkshop, writeWorkshop } from './backlog-fixtures';
import { launchApp, type LaunchedApp } from './launch-app';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { launchWithNewWorkshop } from './welcome-helpers';
import { screenshot } from './screenshot';

closeAppsAfterEachTest();

const FULL_HD = { width: 1920, height: 1080 };

const column = (page: Page, name: string) => page.getByRole('main').getByRole('region', { name, exact: true });
/** The accessible names of a column's cards, top to bottom. */
const cardsIn = (page: Page, name: string) =>
  column(page, name)
    .getByRole('list')
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
const card = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const announcement = (page: Page) => page.getByRole('status').evaluateAll((nodes) => nodes.map((n) => n.textContent ?? '').join(' | '));

/** Space picks the focused card up; dnd-kit listens for the arrow keys from the next task on, as a person's next key press would be. */
async function pickUp(page: Page) {
  await page.keyboard.press('Space');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

async function addActivity(page: Page, columnName: string, title: string, type: string) {
  await page.getByRole('button', { name: `Add activity to ${columnName}` }).click();
  const dialog = page.getByRole('dialog', { name: 'New activity' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('combobox', { name: 'Type' }).selectOption({ label: type });
  await dialog.getByRole('button', { name: 'Add activity' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
}

/** A mouse drag in small steps, as a hand does it. */
async function drag(page: Page, from: Locator, to: Locator) {
  // Wait until both are still (cards glide back into place after a cancelled move).
  await to.hover({ trial: true });
  await from.hover({ trial: true });
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2 + 12, { steps: 3 });
  const y = b.y + b.height / 2;
  await page.mouse.move(b.x + b.width / 2, y, { steps: 12 });
  await page.mouse.move(b.x + b.width / 2, y + 1, { steps: 2 });
  await page.mouse.up();
}

/** axe-core's serious and critical findings inside `selector`, as "rule: target" lines. */
async function accessibilityProblems(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async (context) => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(context, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  }, selector);
}

async function saveAs(app: LaunchedApp, name: string): Promise<Workshop> {
  const file = path.join(app.documentsDir, name);
  app.answerNextDialog(file);
  await app.menu('file.saveAs'); // (a click within 50 ms of a drop is swallowed by dnd-kit, as it should be)
  await expect.poll(() => app.page.getByRole('status', { name: 'Save status' }).textContent()).toBe('Saved');
  return JSON.parse(await fs.readFile(file, 'utf8')) as Workshop;
}

async function openPrepared(app: LaunchedApp, workshop: Workshop, name: string) {
  const file = await writeWorkshop(app.documentsDir, name, workshop);
  app.answerNextDialog(file);
  await app.page.getByRole('button', { name: 'Open workshop…' }).click();
  await expect.poll(() => app.page.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe(workshop.meta.title);
  await app.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Backlog' }).click();
}

describe('the backlog board', () => {
  test('cards of two types, moved by mouse and by keyboard, reordered, saved in order; filtered by type', async () => {
    const app = await launchWithNewWorkshop({ viewport: FULL_HD });
    const { page } = app;
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Backlog' }).click();
    for (const name of ['Ideas', 'Next', 'In progress', 'Done']) await expect.poll(() => column(page, name).count()).toBe(1);

    // A new workshop has no members, goals or canvas notes yet: the pickers say so.
    await page.keyboard.press('n');
    const newDialog = page.getByRole('dialog', { name: 'New activity' });
    await expect.poll(() => newDialog.getByText('No members yet: add people in the People view to pick an owner.').count()).toBe(1);
    await expect.poll(() => newDialog.getByText('No goals yet: define them in the Goals view, then link them here.').count()).toBe(1);
    await newDialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Add from canvas…' }).click();
    const canvasDialog = page.getByRole('dialog', { name: 'Add from canvas' });
    await expect.poll(() => canvasDialog.getByText('The canvas has no notes or themes yet.', { exact: false }).count()).toBe(1);
    await canvasDialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => canvasDialog.count()).toBe(0);

    await addActivity(page, 'Ideas', 'TDD', 'Code kata');
    await addActivity(page, 'Ideas', 'Git internals', 'Brown bag lunch');
    await addActivity(page, 'Ideas', 'Mob on the billing service', 'Code kata');
    await addActivity(page, 'Ideas', 'Legacy code retreat', 'Code kata');
    await expect
      .poll(() => cardsIn(page, 'Ideas'))
      .toEqual([
        'Code kata: TDD',
        'Brown bag lunch: Git internals',
        'Code kata: Mob on the billing service',
        'Code kata: Legacy code retreat',
      ]);

    // Mouse: a card into the empty "Next" column.
    await drag(page, card(page, 'Brown bag lunch: Git internals'), column(page, 'Next').getByRole('list'));
    await expect.poll(() => cardsIn(page, 'Next')).toEqual(['Brown bag lunch: Git internals']);

    // Keyboard: Space picks up, the right arrow goes to the next column, the down arrow below its card, Space drops.
    await card(page, 'Code kata: TDD').focus();
    await pickUp(page);
    await expect.poll(() => announcement(page)).toContain('Picked up Code kata: TDD in Ideas, position 1 of 3.');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => announcement(page)).toContain('Code kata: TDD is over Next, position 1 of 2.');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => announcement(page)).toContain('Code kata: TDD is over Next, position 2 of 2.');
    await screenshot(page, 'backlog-keyboard-drag');
    await page.keyboard.press('Space');
    await expect.poll(() => announcement(page)).toContain('Moved Code kata: TDD to Next, position 2 of 2.');
    const next = ['Brown bag lunch: Git internals', 'Code kata: TDD'];
    await expect.poll(() => cardsIn(page, 'Next')).toEqual(next);
    await expect.poll(() => cardsIn(page, 'Ideas')).toEqual(['Code kata: Mob on the billing service', 'Code kata: Legacy code retreat']);
    await expect.poll(() => card(page, 'Code kata: TDD').evaluate((el) => el === document.activeElement)).toBe(true);

    // Escape cancels a keyboard move.
    await card(page, 'Code kata: Mob on the billing service').focus();
    await pickUp(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => announcement(page)).toContain('Code kata: Mob on the billing service is over Next');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => announcement(page))
      .toContain('Cancelled. Code kata: Mob on the billing service stays in Ideas, position 1 of 2.');
    await expect.poll(() => cardsIn(page, 'Ideas')).toEqual(['Code kata: Mob on the billing service', 'Code kata: Legacy code retreat']);

    // Mouse: reorder within a column.
    await drag(page, card(page, 'Code kata: Legacy code retreat'), card(page, 'Code kata: Mob on the billing service'));
    await expect.poll(() => cardsIn(page, 'Ideas')).toEqual(['Code kata: Legacy code retreat', 'Code kata: Mob on the billing service']);

    const saved = await saveAs(app, 'backlog.copstudio');
    const titleOf = (id: string) => saved.backlog.activities.find((a) => a.id === id)!.title;
    expect(saved.backlog.columns.map((c) => c.title)).toEqual(['Ideas', 'Next', 'In progress', 'Done']);
    expect(saved.backlog.columns[0]!.activityIds.map(titleOf)).toEqual(['Legacy code retreat', 'Mob on the billing service']);
    expect(saved.backlog.columns[1]!.activityIds.map(titleOf)).toEqual(next.map((n) => n.split(': ')[1]));
    expect(saved.backlog.activities.find((a) => a.title === 'Git internals')!.type).toBe('brown-bag-lunch');

    // Filter by type.
    await page.getByRole('group', { name: 'Filters' }).getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Brown bag lunch' });
    await expect.poll(() => page.getByRole('main').getByRole('list').getByRole('button').count()).toBe(1);
    await expect.poll(() => cardsIn(page, 'Next')).toEqual(['Brown bag lunch: Git internals']);
    await expect.poll(() => page.getByRole('status', { name: 'Activities shown' }).textContent()).toBe('Showing 1 of 4 activities');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.getByRole('main').getByRole('list').getByRole('button').count()).toBe(4);

    // Delete with the Delete key, back with Ctrl+Z.
    await card(page, 'Code kata: Legacy code retreat').focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => cardsIn(page, 'Ideas')).toEqual(['Code kata: Mob on the billing service']);
    await expect.poll(() => card(page, 'Code kata: Mob on the billing service').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => cardsIn(page, 'Ideas')).toEqual(['Code kata: Legacy code retreat', 'Code kata: Mob on the billing service']);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('a canvas note becomes a card linked back to it; screenshots in three themes', async () => {
    const app = await launchApp({ viewport: FULL_HD });
    const { page } = app;
    await openPrepared(app, preparedWorkshop(), 'kickoff.copstudio');
    await expect
      .poll(() => cardsIn(page, 'Next'))
      .toEqual(['Training: Refactoring training, two mornings', 'Help another team: Pair with the mobile team on their test suite']);

    await page.getByRole('button', { name: 'Add from canvas…' }).click();
    const fromCanvas = page.getByRole('dialog', { name: 'Add from canvas' });
    await fromCanvas.getByRole('radio', { name: /^Brown bag lunches/ }).check();
    await fromCanvas.getByRole('combobox', { name: 'Into column' }).selectOption({ label: 'Next' });
    await fromCanvas.getByRole('button', { name: 'Add to backlog' }).click();

    const editor = page.getByRole('dialog', { name: 'Edit Other: Brown bag lunches' });
    await expect.poll(() => editor.getByText('From canvas note: “Brown bag lunches every other Friday”').count()).toBe(1);
    await editor.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Brown bag lunch' });
    await editor.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Ada Lovelace' });
    await editor.getByRole('checkbox', { name: 'Reuse other teams’ libraries' }).check();
    await editor.getByRole('textbox', { name: 'Planned date' }).fill('2026-12-04');
    await editor.getByRole('spinbutton', { name: 'Effort (hours)' }).fill('1.5');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => editor.count()).toBe(0);

    const converted = card(page, 'Brown bag lunch: Brown bag lunches');
    await expect.poll(() => cardsIn(page, 'Next')).toContain('Brown bag lunch: Brown bag lunches');
    const convertedItem = column(page, 'Next').getByRole('listitem').filter({ has: converted });
    await expect.poll(() => convertedItem.textContent()).toContain('From canvas note: “Brown bag lunches every other Friday”');
    await expect.poll(() => convertedItem.textContent()).toContain('Owner: Ada Lovelace');

    const saved = await saveAs(app, 'converted.copstudio');
    const activity = saved.backlog.activities.find((a) => a.title === 'Brown bag lunches')!;
    expect(activity).toMatchObject({
      type: 'brown-bag-lunch',
      ownerId: 'm-ada',
      goalIds: ['g-reuse'],
      date: '2026-12-04',
      effortHours: 1.5,
      source: { kind: 'note', id: 'n-lunch' },
    });
    expect(saved.backlog.columns[1]!.activityIds.at(-1)).toBe(activity.id);

    await page
      .getByRole('group', { name: 'Filters' })
      .getByRole('combobox', { name: 'Goal' })
      .selectOption({ label: 'Reuse other teams’ libraries' });
    await expect.poll(() => page.getByRole('main').getByRole('list').getByRole('button').count()).toBe(2);
    await page.getByRole('button', { name: 'Clear filters' }).click();

    await screenshot(page, 'backlog-1920x1080-light');
    expect(await accessibilityProblems(page, 'main')).toEqual([]);
    await app.menu('view.theme.dark');
    await screenshot(page, 'backlog-1920x1080-dark');
    expect(await accessibilityProblems(page, 'main')).toEqual([]);
    await app.menu('view.theme.high-contrast');
    await screenshot(page, 'backlog-1920x1080-high-contrast');
    expect(await accessibilityProblems(page, 'main')).toEqual([]);
    const training = card(page, 'Training: Refactoring training, two mornings');
    await training.focus();
    await page.keyboard.press('Enter');
    const trainingDialog = page.getByRole('dialog', { name: 'Edit Training: Refactoring training, two mornings' });
    await expect.poll(() => trainingDialog.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Refactoring training, two mornings');
    await screenshot(page, 'backlog-1920x1080-edit-dialog');
    expect(await accessibilityProblems(page, 'dialog[open]')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => trainingDialog.count()).toBe(0);
    await expect.poll(() => training.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('columns: add and rename, WIP limit shown when exceeded, move, and delete with a destination for the cards', async () => {
    const app = await launchApp({ viewport: FULL_HD });
    const { page } = app;
    await openPrepared(app, preparedWorkshop(), 'columns.copstudio');

    await page.getByRole('button', { name: 'Add column' }).click();
    const settings = page.getByRole('dialog', { name: 'Column settings' });
    await settings.getByRole('textbox', { name: 'Column title' }).fill('Blocked');
    await settings.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => column(page, 'Blocked').count()).toBe(1);

    await page.getByRole('button', { name: 'Settings of column Next' }).click();
    const next = page.getByRole('dialog', { name: 'Column settings' });
    await next.getByRole('spinbutton', { name: 'WIP limit' }).fill('1');
    await next.getByRole('button', { name: '← Move left' }).click();
    await next.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => column(page, 'Next').textContent()).toContain('Over the WIP limit: 2 of 1');
    await screenshot(page, 'backlog-wip-exceeded');
    await expect
      .poll(() => page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents())
      .toEqual(['Next', 'Ideas', 'In progress', 'Done', 'Blocked']);

    await page.getByRole('button', { name: 'Settings of column In progress' }).click();
    const doing = page.getByRole('dialog', { name: 'Column settings' });
    await doing.getByRole('combobox', { name: 'Its card goes to' }).selectOption({ label: 'Done' });
    await doing.getByRole('button', { name: 'Delete column' }).click();
    await expect.poll(() => column(page, 'In progress').count()).toBe(0);
    await expect
      .poll(() => cardsIn(page, 'Done'))
      .toEqual(['Brown bag lunch: First brown bag: why a CoP?', 'Other: Set up a community chat channel']);

    const saved = await saveAs(app, 'columns-saved.copstudio');
    expect(saved.backlog.columns.map((c) => [c.title, c.wipLimit, c.activityIds])).toEqual([
      ['Next', 1, ['a-training', 'a-help']],
      ['Ideas', null, ['a-oss', 'a-meetup']],
      ['Done', null, ['a-lunch0', 'a-other']],
      ['Blocked', null, []],
    ]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => column(page, 'In progress').count()).toBe(1);
    await page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(page, 'backlog-1024x768');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
