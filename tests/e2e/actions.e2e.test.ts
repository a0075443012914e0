/**
 * One action registry (issue 14): the keyboard map lists every action with keys, the canvas's and the backlog's
 * included; a disabled action's button and menu item are disabled together, and its key and menu command do
 * nothing; on macOS the shortcuts say ⌘, not Ctrl.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { layoutProblems } from './geometry';
import { screenshot } from './screenshot';
import { launchWithNewWorkshop } from './welcome-helpers';

closeAppsAfterEachTest();

const note = (page: Page, text: string) => page.getByRole('button', { name: new RegExp(`^Note: ${text}`) });

async function addNoteIn(page: Page, zone: string, text: string) {
  await page.getByRole('region', { name: zone }).focus();
  await page.keyboard.press('n');
  const editor = page.getByRole('textbox', { name: 'Note text' });
  await expect.poll(() => editor.count()).toBe(1);
  await editor.fill(text);
  await page.keyboard.press('Escape');
  await expect.poll(() => note(page, text).count()).toBe(1);
}

/** A row of a table of the keyboard map, as "label: keys". */
const rowText = async (page: Page, table: string, label: RegExp) =>
  (await page
    .getByRole('dialog', { name: 'Keyboard shortcuts' })
    .getByRole('table', { name: table, exact: true })
    .getByRole('row', { name: label })
    .textContent()) ?? '';

describe('the action registry', () => {
  test('the keyboard map lists every action with keys, the canvas and backlog ones included', async () => {
    const app = await launchWithNewWorkshop({ viewport: { width: 1024, height: 768 } });
    const { page } = app;
    try {
      // The canvas toolbar's buttons are actions (Fit to screen: the one name of canvas.fit), on one row at 1024×768.
      await expect.poll(() => page.getByRole('button', { name: 'Fit to screen' }).getAttribute('title')).toBe('Fit to screen (1)');
      await screenshot(page, 'actions-canvas-toolbar-1024x768');
      expect(await layoutProblems(page)).toEqual([]);
      await page.getByRole('main').focus();
      await page.keyboard.press('?');
      const map = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expect.poll(() => map.count()).toBe(1);
      for (const table of [
        'Files',
        'Editing',
        'Views and display',
        'Agenda and timer',
        'Canvas',
        'Backlog',
        'Sticky note',
        'Backlog card',
        'Agenda list',
        'Help',
      ]) {
        await expect.poll(() => map.getByRole('table', { name: table, exact: true }).count(), { message: table }).toBe(1);
      }
      const expected: Array<[string, RegExp, string]> = [
        ['Canvas', /Add a note/, 'N'],
        ['Canvas', /Duplicate the selected notes/, 'Ctrl+D'],
        ['Canvas', /Delete the selected notes/, 'Delete'],
        ['Canvas', /Group the selected notes/, 'G'],
        ['Canvas', /Fit to screen/, '1'],
        ['Canvas', /Zoom in/, '+'],
        ['Backlog', /New activity/, 'N'],
        ['Backlog card', /Pick up the card/, 'Space'],
        ['Backlog card', /Move the picked-up card/, '←'],
        ['Views and display', /Show Backlog/, 'Alt+2'],
        ['Agenda and timer', /Next agenda step/, 'Ctrl+PageDown or PageDown in projector mode'],
        ['Files', /Save as/, 'Ctrl+Shift+S'],
        ['Help', /Keyboard shortcuts/, '?'],
      ];
      for (const [table, label, keys] of expected) expect(await rowText(page, table, label), `${table}: ${label}`).toContain(keys);
      await screenshot(page, 'actions-keyboard-map-1024x768');
      await page.keyboard.press('Escape');
      await expect.poll(() => map.count()).toBe(0);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  test('a disabled action: its button and its menu item are disabled, its key and menu command do nothing', async () => {
    const app = await launchWithNewWorkshop({ viewport: { width: 1280, height: 800 } });
    const { page } = app;
    try {
      await expect.poll(() => page.getByRole('region', { name: 'Risks' }).count()).toBe(1);
      const duplicate = page.getByRole('toolbar', { name: 'Canvas' }).getByRole('button', { name: 'Duplicate' });
      // Nothing selected: Duplicate is off, in the toolbar and in the menu.
      await expect.poll(() => duplicate.isDisabled()).toBe(true);
      await expect.poll(() => app.menuItemEnabled('canvas.duplicate')).toBe(false);
      await expect.poll(() => app.menuItemEnabled('canvas.delete')).toBe(false);
      expect(app.menuItemEnabled('file.save')).toBe(true);
      expect(await duplicate.getAttribute('title')).toBe('Duplicate the selected notes (Ctrl+D)');
      expect(await duplicate.getAttribute('aria-keyshortcuts')).toBe('Control+D');

      await addNoteIn(page, 'Risks', 'Burn-out');
      await note(page, 'Burn-out').click();
      await expect.poll(() => page.getByText('1 selected').count()).toBe(1);
      await expect.poll(() => duplicate.isDisabled()).toBe(false);
      await expect.poll(() => app.menuItemEnabled('canvas.duplicate')).toBe(true);
      await app.menu('canvas.duplicate');
      await expect.poll(() => note(page, 'Burn-out').count()).toBe(2);

      // Nothing selected again: the menu item follows, and neither the command nor the key duplicates.
      await note(page, 'Burn-out').first().focus();
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByText('No selection').count()).toBe(1);
      await expect.poll(() => app.menuItemEnabled('canvas.duplicate')).toBe(false);
      await expect.poll(() => duplicate.isDisabled()).toBe(true);
      await app.menu('canvas.duplicate');
      await page.keyboard.press('Control+d');
      // The Delete command (also disabled) does not remove anything either; the notes are still two.
      await app.menu('canvas.delete');
      await page.getByRole('button', { name: 'Add note' }).click();
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.note').count()).toBe(3);
      expect(await note(page, 'Burn-out').count()).toBe(2);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  test('on macOS the shortcuts say ⌘ and the Cmd keys run them, Ctrl does not', async () => {
    const app = await launchWithNewWorkshop({ viewport: { width: 1280, height: 800 } });
    const { page } = app;
    try {
      await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' }));
      await page.reload();
      await page.getByRole('button', { name: 'New workshop', exact: true }).click();
      await expect.poll(() => page.getByRole('region', { name: 'Risks' }).count()).toBe(1);
      const duplicate = page.getByRole('toolbar', { name: 'Canvas' }).getByRole('button', { name: 'Duplicate' });
      expect(await duplicate.getAttribute('title')).toBe('Duplicate the selected notes (⌘D)');
      expect(await duplicate.getAttribute('aria-keyshortcuts')).toBe('Meta+D');
      expect(await page.getByRole('button', { name: 'Save as…' }).getAttribute('title')).toBe('Save as… (⇧⌘S)');
      expect(await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Backlog' }).getAttribute('title')).toBe(
        'Backlog (⌥2)',
      );

      await addNoteIn(page, 'Risks', 'Burn-out');
      await note(page, 'Burn-out').focus();
      await page.keyboard.press('Control+d');
      await page.keyboard.press('Meta+d');
      await expect.poll(() => note(page, 'Burn-out').count()).toBe(2);
      await page.getByRole('main').focus();
      await page.keyboard.press('?');
      await expect.poll(async () => rowText(page, 'Canvas', /Duplicate the selected notes/)).toContain('⌘D');
      expect(await rowText(page, 'Canvas', /Duplicate the selected notes/)).not.toContain('Ctrl');
      await screenshot(page, 'actions-keyboard-map-macos-1280x800');
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
