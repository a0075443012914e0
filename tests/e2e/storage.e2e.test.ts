import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { createWorkshop } from '../../shared/domain/new-workshop';
import { fsError, nodeFs, type FsPort } from '../../electron/services/fs-port';
import { launchApp } from './launch-app';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { launchWithNewWorkshop, startNewWorkshop, welcomeScreen } from './welcome-helpers';
import { screenshot } from './screenshot';

closeAppsAfterEachTest();

const titleBox = (page: Page) => page.getByRole('textbox', { name: 'Workshop title' });
const saveStatus = (page: Page) => page.getByRole('status', { name: 'Save status' }).textContent();
const readTitle = async (file: string) => JSON.parse(await fs.readFile(file, 'utf8')).meta.title as string;
// Journals only: a temp file of a journal still being written is not a journal yet.
const recoveryFiles = async (dataDir: string) =>
  (await fs.readdir(path.join(dataDir, 'recovery')).catch(() => [] as string[])).filter((name) => name.endsWith('.json'));

async function ready(page: Page) {
  await expect.poll(() => titleBox(page).inputValue()).not.toBe('');
}

describe('workshop files that never lose work', () => {
  test('an edit is autosaved about a second later, and is there after a reload', async () => {
    const app = await launchWithNewWorkshop();
    const { page } = app;
    await ready(page);
    const file = path.join(app.documentsDir, 'autosave.copstudio');
    app.answerNextDialog(file);
    await page.getByRole('button', { name: 'Save as…' }).click();
    await expect.poll(() => saveStatus(page)).toBe('Saved');

    await titleBox(page).fill('Autosaved title');
    expect(await saveStatus(page)).toBe('Unsaved changes');
    await expect.poll(() => readTitle(file), { timeout: 5000 }).toBe('Autosaved title');
    await expect.poll(() => saveStatus(page)).toBe('Saved');

    await page.reload();
    await expect.poll(() => titleBox(page).inputValue()).toBe('Autosaved title');
    await expect.poll(() => saveStatus(page)).toBe('Saved');
    expect(await recoveryFiles(app.dataDir)).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('the recovery journal restores edits after the window was closed without saving', async () => {
    const first = await launchWithNewWorkshop();
    await ready(first.page);
    await titleBox(first.page).fill('Never saved, not lost');
    await expect.poll(() => recoveryFiles(first.dataDir)).toHaveLength(1);
    await first.close();

    const second = await launchApp({ dataDir: first.dataDir });
    const { page } = second;
    const dialog = page.getByRole('dialog', { name: 'Recover unsaved work' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('Never saved, not lost');
    await screenshot(page, 'storage-recovery-dialog');
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => titleBox(page).inputValue()).toBe('Never saved, not lost');
    expect(await saveStatus(page)).toBe('Not saved yet');

    // Saving it clears the journal: the next start offers nothing.
    const file = path.join(second.documentsDir, 'recovered.copstudio');
    second.answerNextDialog(file);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => saveStatus(page)).toBe('Saved');
    expect(await readTitle(file)).toBe('Never saved, not lost');
    await expect.poll(() => recoveryFiles(second.dataDir)).toEqual([]);
    expect(second.pageErrors).toEqual([]);
    await second.close();
  });

  test('Discard in the recovery dialog deletes the journal', async () => {
    const first = await launchWithNewWorkshop();
    await ready(first.page);
    await titleBox(first.page).fill('Throw me away');
    await expect.poll(() => recoveryFiles(first.dataDir)).toHaveLength(1);
    await first.close();

    const second = await launchApp({ dataDir: first.dataDir });
    const dialog = second.page.getByRole('dialog', { name: 'Recover unsaved work' });
    await dialog.getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => recoveryFiles(second.dataDir)).toEqual([]);
    // Nothing restored: no workshop is open, the welcome screen shows.
    await expect.poll(() => welcomeScreen(second.page).count()).toBe(1);
    await second.close();
  });

  test('closing with unsaved changes asks Save / Don’t save / Cancel', async () => {
    const app = await launchWithNewWorkshop();
    const { page } = app;
    await ready(page);
    await titleBox(page).fill('Unsaved at close');
    await app.menu('file.close');
    const dialog = page.getByRole('dialog', { name: 'Unsaved changes' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await screenshot(page, 'storage-close-unsaved');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(page.isClosed()).toBe(false);
    expect(await titleBox(page).inputValue()).toBe('Unsaved at close');

    await app.menu('file.close');
    await dialog.getByRole('button', { name: 'Don’t save' }).click();
    await expect.poll(() => page.isClosed()).toBe(true);
    // An explicit "Don't save" leaves no journal behind.
    expect(await recoveryFiles(app.dataDir)).toEqual([]);
    await app.close();
  });

  test('closing a workshop that has a file saves it and closes without asking', async () => {
    const app = await launchWithNewWorkshop();
    const { page } = app;
    await ready(page);
    const file = path.join(app.documentsDir, 'close-saves.copstudio');
    app.answerNextDialog(file);
    await page.getByRole('button', { name: 'Save as…' }).click();
    await expect.poll(() => saveStatus(page)).toBe('Saved');
    await titleBox(page).fill('Saved on close');
    await app.menu('file.close');
    await expect.poll(() => page.isClosed()).toBe(true);
    expect(await readTitle(file)).toBe('Saved on close');
    expect(await recoveryFiles(app.dataDir)).toEqual([]);
    await app.close();
  });

  test('a bad file gives a clear message, the app keeps working, and the file is untouched', async () => {
    const app = await launchWithNewWorkshop();
    const { page } = app;
    await ready(page);
    await fs.mkdir(app.documentsDir, { recursive: true });
    const file = path.join(app.documentsDir, 'broken.copstudio');
    const content = '{\n  "schemaVersion": 1,\n  "meta": {\n    "title": "x",,\n  }\n}\n';
    await fs.writeFile(file, content);
    const before = await fs.stat(file);
    app.answerNextDialog(file);
    await page.getByRole('button', { name: 'Open workshop…' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Could not open' });
    await expect.poll(() => alert.textContent()).toContain('Could not open "broken.copstudio": it is not valid JSON (line 4, column 18)');
    await screenshot(page, 'storage-bad-file');
    expect(await fs.readFile(file, 'utf8')).toBe(content);
    expect((await fs.stat(file)).mtimeMs).toBe(before.mtimeMs);
    expect(await fs.readdir(app.documentsDir)).toEqual(['broken.copstudio']);
    expect(await titleBox(page).inputValue()).toBe('Vision workshop');

    const newer = path.join(app.documentsDir, 'future.copstudio');
    await fs.writeFile(newer, JSON.stringify({ ...createWorkshop(), schemaVersion: 7 }));
    app.answerNextDialog(newer);
    await page.getByRole('button', { name: 'Open workshop…' }).click();
    await expect
      .poll(() => page.getByRole('alert').allTextContents())
      .toContainEqual(expect.stringContaining('saved by a newer CoP Studio (file version 7'));
    await app.close();
  });

  test('Open recent lists the workshops opened before and opens one', async () => {
    const app = await launchWithNewWorkshop();
    const { page } = app;
    await ready(page);
    await fs.mkdir(app.documentsDir, { recursive: true });
    const file = path.join(app.documentsDir, 'recent.copstudio');
    await fs.writeFile(file, JSON.stringify(createWorkshop({ title: 'The recent one' })));
    app.answerNextDialog(file);
    await page.getByRole('button', { name: 'Open workshop…' }).click();
    await expect.poll(() => titleBox(page).inputValue()).toBe('The recent one');
    await page.getByRole('button', { name: 'New workshop' }).click();
    await startNewWorkshop(page);

    await app.menu('file.openRecent');
    const dialog = page.getByRole('dialog', { name: 'Open recent workshop' });
    const item = dialog.getByRole('list', { name: 'Recent workshops' }).getByRole('button', { name: /recent\.copstudio/ });
    await expect.poll(() => item.count()).toBe(1);
    await screenshot(page, 'storage-open-recent');
    await item.click();
    await expect.poll(() => titleBox(page).inputValue()).toBe('The recent one');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('an older file is migrated in memory; its original is backed up and restorable from Backups', async () => {
    const app = await launchWithNewWorkshop({ viewport: { width: 1280, height: 800 } });
    const { page } = app;
    await ready(page);
    await fs.mkdir(app.documentsDir, { recursive: true });
    const file = path.join(app.documentsDir, 'old.copstudio');
    const { schemaVersion: _v, meta, ...rest } = createWorkshop();
    const original = JSON.stringify({ ...rest, title: 'From the old days', meta: { ...meta, title: undefined } }, null, 2);
    await fs.writeFile(file, original);
    app.answerNextDialog(file);
    await page.getByRole('button', { name: 'Open workshop…' }).click();
    await expect.poll(() => titleBox(page).inputValue()).toBe('From the old days');
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('made by an older CoP Studio'));
    expect(await fs.readFile(file, 'utf8')).toBe(original);

    await titleBox(page).fill('Updated and saved');
    await expect.poll(() => readTitle(file), { timeout: 5000 }).toBe('Updated and saved');
    expect(JSON.parse(await fs.readFile(file, 'utf8')).schemaVersion).toBe(2);

    await page.getByRole('button', { name: 'More', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Backups…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Backups' });
    await expect.poll(() => dialog.getByRole('row').count()).toBe(2);
    expect(await dialog.getByRole('row').nth(1).textContent()).toContain('Original, before the format update');
    await screenshot(page, 'storage-backups');
    await app.menu('view.theme.high-contrast');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('high-contrast');
    await screenshot(page, 'storage-backups-high-contrast');
    await app.menu('view.theme.dark');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await screenshot(page, 'storage-backups-dark');
    await dialog.getByRole('button', { name: /^Restore the version of / }).click();
    await expect.poll(() => titleBox(page).inputValue()).toBe('From the old days');
    await expect.poll(() => readTitle(file), { timeout: 5000 }).toBe('From the old days');

    // The version the restore replaced is a backup too, and Undo brings it back.
    await page.getByRole('button', { name: 'More', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Backups…' }).click();
    await expect.poll(() => dialog.getByRole('row').allTextContents()).toContainEqual(expect.stringContaining('Replaced by a restore'));
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => titleBox(page).inputValue()).toBe('Updated and saved');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('a full disk: the save status says why, edits stay and are journaled, Save as elsewhere works', async () => {
    const full = { value: false };
    const faultyFs: FsPort = {
      ...nodeFs,
      open: (p, flags, mode) =>
        full.value && p.includes(`${path.sep}Documents${path.sep}`) && flags === 'w'
          ? Promise.reject(fsError('ENOSPC', 'open', p))
          : nodeFs.open(p, flags, mode),
    };
    const app = await launchWithNewWorkshop({ fs: faultyFs });
    const { page } = app;
    await ready(page);
    const file = path.join(app.documentsDir, 'full.copstudio');
    app.answerNextDialog(file);
    await page.getByRole('button', { name: 'Save as…' }).click();
    await expect.poll(() => saveStatus(page)).toBe('Saved');

    full.value = true;
    await titleBox(page).fill('Edits on a full disk');
    await expect.poll(() => saveStatus(page), { timeout: 5000 }).toBe('Not saved: the disk is full');
    await expect
      .poll(() => page.getByRole('alert').allTextContents())
      .toContainEqual(expect.stringContaining('Could not save "full.copstudio": the disk is full.'));
    await screenshot(page, 'storage-disk-full');
    expect(await readTitle(file)).toBe('Vision workshop');
    expect(await titleBox(page).inputValue()).toBe('Edits on a full disk');
    await expect.poll(() => recoveryFiles(app.dataDir)).toHaveLength(1);

    const elsewhere = path.join(app.dataDir, 'USB stick', 'rescued.copstudio');
    app.answerNextDialog(elsewhere);
    await page.getByRole('button', { name: 'Save as…' }).click();
    await expect.poll(() => saveStatus(page)).toBe('Saved');
    expect(await readTitle(elsewhere)).toBe('Edits on a full disk');
    await expect.poll(() => recoveryFiles(app.dataDir)).toEqual([]);
    await app.close();
  });
});
