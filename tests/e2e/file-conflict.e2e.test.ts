/**
 * Nothing silently overwritten (issue 13): a workshop open in the app is changed on disk by another process
 * (or another CoP Studio); the app notices, autosave does not write over it, the person chooses, and both
 * versions survive on disk.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { serializeWorkshop } from '../../electron/services/atomic-write';
import { seriousAxeViolations } from './axe';
import { launchApp, type LaunchedApp } from './launch-app';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { screenshot } from './screenshot';
import { launchWithNewWorkshop } from './welcome-helpers';

closeAppsAfterEachTest();

const run = promisify(execFile);
const titleBox = (page: Page) => page.getByRole('textbox', { name: 'Workshop title' });
const saveStatus = (page: Page) => page.getByRole('status', { name: 'Save status' }).textContent();
const conflictDialog = (page: Page) => page.getByRole('dialog', { name: 'Changed by another program' });
const readTitle = async (file: string) => JSON.parse(await fs.readFile(file, 'utf8')).meta.title as string;
/** A person notices within a few seconds: what the test waits for, at most. */
const NOTICE = { timeout: 10_000 };

/** Titles of the backups CoP Studio kept of `file` as "changed elsewhere". */
async function changedElsewhereBackups(dataDir: string, file: string): Promise<string[]> {
  const root = path.join(dataDir, 'backups');
  const folders = (await fs.readdir(root).catch(() => [] as string[])).filter((f) => f.startsWith(path.basename(file)));
  const titles: string[] = [];
  for (const folder of folders) {
    for (const name of await fs.readdir(path.join(root, folder))) {
      if (name.includes('-changed-elsewhere-')) titles.push(await readTitle(path.join(root, folder, name)));
    }
  }
  return titles;
}

/** Another program saves `file` the way many editors do: a new file renamed over the old one (`mv`). */
async function otherProgramSaves(file: string, title: string): Promise<void> {
  const workshop = JSON.parse(await fs.readFile(file, 'utf8'));
  workshop.meta.title = title;
  const temp = path.join(path.dirname(file), `.other-editor-${process.pid}.tmp`);
  await fs.writeFile(temp, serializeWorkshop(workshop));
  await run('mv', [temp, file]);
}

async function appWithFile(name: string, dataDir?: string): Promise<{ app: LaunchedApp; file: string }> {
  const app = await launchWithNewWorkshop({ viewport: { width: 1024, height: 768 }, dataDir });
  await expect.poll(() => titleBox(app.page).inputValue()).not.toBe('');
  const file = path.join(app.documentsDir, name);
  app.answerNextDialog(file);
  await app.page.getByRole('button', { name: 'Save as…' }).click();
  await expect.poll(() => saveStatus(app.page)).toBe('Saved');
  return { app, file };
}

async function openFile(app: LaunchedApp, file: string): Promise<void> {
  await expect.poll(() => titleBox(app.page).inputValue()).not.toBe('');
  app.answerNextDialog(file);
  await app.page.getByRole('button', { name: 'Open workshop…' }).click();
  await expect.poll(() => saveStatus(app.page)).toBe('Saved');
}

/** Unsaved edits that stay unsaved: the page's clock is paused, so autosave's timer waits until we advance it. */
async function editWithoutAutosave(page: Page, title: string): Promise<void> {
  await page.clock.install();
  await page.clock.pauseAt(new Date(Date.now() + 60_000));
  await titleBox(page).fill(title);
  expect(await saveStatus(page)).toBe('Unsaved changes');
}

describe('a workshop changed by another program', () => {
  test('is noticed; autosave and Save do not write; "Keep mine" saves and keeps the other version as a backup', async () => {
    const { app, file } = await appWithFile('shared.copstudio');
    const { page } = app;
    await editWithoutAutosave(page, 'My version');
    await otherProgramSaves(file, 'Their version');

    await expect.poll(() => conflictDialog(page).isVisible(), NOTICE).toBe(true);
    expect(await conflictDialog(page).textContent()).toContain('“shared.copstudio” was changed on disk');
    // The choices are reachable from the keyboard; Escape decides later.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Keep mine');
    await page.keyboard.press('Escape');
    await expect.poll(() => conflictDialog(page).isVisible()).toBe(false);
    expect(await saveStatus(page)).toBe('Not saved: changed by another program — choose what to keep');

    // The autosave timer runs out (and the window loses focus): nothing is written over their version.
    await page.clock.runFor(5_000);
    await page.evaluate(() => window.dispatchEvent(new Event('blur')));
    expect(await readTitle(file)).toBe('Their version');
    // An explicit save asks again instead of writing.
    await page.keyboard.press('Control+s');
    await expect.poll(() => conflictDialog(page).isVisible()).toBe(true);
    expect(await readTitle(file)).toBe('Their version');
    // axe needs the page's timers.
    await page.clock.resume();
    await screenshot(page, 'file-conflict-dialog');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await conflictDialog(page).getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => saveStatus(page)).toBe('Saved');
    // Both versions survive on disk: mine in the file, theirs as a backup.
    expect(await readTitle(file)).toBe('My version');
    expect(await changedElsewhereBackups(app.dataDir, file)).toEqual(['Their version']);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('"Take theirs" loads the version on disk and keeps mine in the recovery journal', async () => {
    const { app, file } = await appWithFile('theirs.copstudio');
    const { page } = app;
    await editWithoutAutosave(page, 'My unsaved version');
    await otherProgramSaves(file, 'Their better version');
    await expect.poll(() => conflictDialog(page).isVisible(), NOTICE).toBe(true);
    await conflictDialog(page).getByRole('button', { name: 'Take theirs' }).click();
    await expect.poll(() => titleBox(page).inputValue()).toBe('Their better version');
    await page.clock.runFor(5_000);
    await expect.poll(() => saveStatus(page)).toBe('Saved');
    expect(await readTitle(file)).toBe('Their better version');
    // Mine survives on disk: a recovery journal, offered at the next start.
    const recovery = path.join(app.dataDir, 'recovery');
    const journals = await fs.readdir(recovery);
    const kept = await Promise.all(
      journals.map(async (n) => JSON.parse(await fs.readFile(path.join(recovery, n), 'utf8')).workshop.meta.title),
    );
    expect(kept).toContain('My unsaved version');
    await app.close();

    const next = await launchApp({ dataDir: app.dataDir });
    const offer = next.page.getByRole('dialog', { name: 'Recover unsaved work' });
    await expect.poll(() => offer.isVisible()).toBe(true);
    expect(await offer.textContent()).toContain('My unsaved version');
    await next.close();
  });

  test('two app instances on one file: each notices the other’s save, and neither overwrites silently', async () => {
    const { app: first, file } = await appWithFile('two.copstudio');
    const second = await launchWithNewWorkshop({ viewport: { width: 1024, height: 768 } });
    await openFile(second, file);

    // The second has unsaved edits when the first autosaves.
    await editWithoutAutosave(second.page, 'Second’s version');
    await titleBox(first.page).fill('First’s version');
    await expect.poll(() => readTitle(file), NOTICE).toBe('First’s version');
    await expect.poll(() => conflictDialog(second.page).isVisible(), NOTICE).toBe(true);
    await second.page.clock.runFor(5_000);
    expect(await readTitle(file)).toBe('First’s version');

    await conflictDialog(second.page).getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => saveStatus(second.page)).toBe('Saved');
    expect(await readTitle(file)).toBe('Second’s version');
    expect(await changedElsewhereBackups(second.dataDir, file)).toEqual(['First’s version']);

    // The first, with nothing unsaved, notices and loads the second's version (and says so).
    await expect.poll(() => titleBox(first.page).inputValue(), NOTICE).toBe('Second’s version');
    await expect.poll(() => first.page.getByText('was changed by another program; it had no unsaved edits here').isVisible()).toBe(true);
    expect(first.pageErrors).toEqual([]);
    expect(second.pageErrors).toEqual([]);
    await first.close();
    await second.close();
  });
});
