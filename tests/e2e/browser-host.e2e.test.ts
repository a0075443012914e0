import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { serializeWorkshop } from '../../electron/services/workshop-files';
import { realisticWorkshop } from '../fixtures/realistic-workshop';
import { launchApp } from './launch-app';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { screenshot } from './screenshot';
import { launchWithNewWorkshop, startNewWorkshop, welcomeScreen } from './welcome-helpers';

closeAppsAfterEachTest();

/** Waits for what the person would see; the bound only stops a hang (a loaded machine may be slow). */
const poll = <T>(check: () => T | Promise<T>) => expect.poll(check, { timeout: 30_000 });

const chooser = (page: Page, title: string) => page.getByRole('dialog', { name: title });
const fileNameInTitleBar = (page: Page) => page.locator('.title-bar__file').textContent();
const exists = (file: string) =>
  fs.stat(file).then(
    () => true,
    () => false,
  );

describe('the browser host for a person: the app’s own file chooser', () => {
  test('create, save, close, reopen and export a workshop with the mouse alone', async () => {
    // Create: a new workshop (from the welcome screen) with a note.
    const app = await launchWithNewWorkshop({ viewport: { width: 1024, height: 768 } });
    const { page } = app;
    await page.getByRole('button', { name: 'Add note' }).click();
    await poll(() => page.locator('.note').count()).toBeGreaterThan(0);

    // Save: the chooser opens in Documents/CoP Studio with a suggested name; one click on Save.
    await page.getByRole('button', { name: 'Save as…' }).click();
    const save = chooser(page, 'Save workshop as');
    await poll(() => save.getByRole('textbox', { name: 'File name' }).inputValue()).toMatch(/\.copstudio$/);
    const suggested = await save.getByRole('textbox', { name: 'File name' }).inputValue();
    await screenshot(page, 'browser-host-save-chooser-1024');
    await save.getByRole('button', { name: 'Save', exact: true }).click();
    await poll(() => save.count()).toBe(0);
    const saved = path.join(app.documentsDir, suggested);
    await poll(() => exists(saved)).toBe(true);
    expect(JSON.parse(await fs.readFile(saved, 'utf8')).canvas.notes.length).toBeGreaterThan(0);
    await poll(() => fileNameInTitleBar(page)).toContain(suggested.replace(/\.copstudio$/, ''));

    // Close it: File ▸ New goes back to the welcome screen.
    await page.getByRole('button', { name: 'New workshop' }).click();
    await poll(() => welcomeScreen(page).count()).toBe(1);

    // Reopen: the chooser lists the documents folder; click the file, then Open.
    await page.getByRole('button', { name: 'Open workshop…' }).click();
    const open = chooser(page, 'Open workshop');
    const listing = open.getByRole('list', { name: `Folders and files in ${app.documentsDir}` });
    await listing.getByRole('button', { name: suggested }).click();
    await screenshot(page, 'browser-host-open-chooser-1024');
    await open.getByRole('button', { name: 'Open', exact: true }).click();
    await poll(() => open.count()).toBe(0);
    await poll(() => page.locator('.note').count()).toBeGreaterThan(0);
    await poll(() => fileNameInTitleBar(page)).toContain(suggested.replace(/\.copstudio$/, ''));

    // Export the PDF summary: the chooser suggests a name beside the workshop.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: 'Export summary as PDF (A4)…' }).click();
    const exportChooser = chooser(page, 'Export summary as PDF');
    const pdfName = await exportChooser.getByRole('textbox', { name: 'File name' }).inputValue();
    await exportChooser.getByRole('button', { name: 'Save', exact: true }).click();
    // Printing competes for the CPU with everything else on a loaded machine: a longer bound, still only against a hang.
    await expect.poll(() => page.getByRole('status', { name: 'Export finished' }).count(), { timeout: 60_000 }).toBe(1);
    const pdf = path.join(app.documentsDir, pdfName);
    expect((await fs.readFile(pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('the chooser goes into folders and up, Cancel leaves everything as it was, and a wrong file type is refused', async () => {
    const app = await launchWithNewWorkshop();
    const { page } = app;
    const nested = path.join(app.documentsDir, 'Team A');
    await fs.mkdir(nested, { recursive: true });
    await fs.writeFile(path.join(nested, 'kickoff.copstudio'), serializeWorkshop(realisticWorkshop()), 'utf8');
    await fs.writeFile(path.join(nested, 'notes.txt'), 'not a workshop', 'utf8');

    await page.getByRole('button', { name: 'Open workshop…' }).click();
    const open = chooser(page, 'Open workshop');
    await open
      .getByRole('list', { name: `Folders and files in ${app.documentsDir}` })
      .getByRole('button', { name: /Team A/ })
      .click();
    const inner = open.getByRole('list', { name: `Folders and files in ${nested}` });
    // Only workshops are listed; the text file is not.
    await poll(() => inner.getByRole('button').allTextContents()).toEqual(['kickoff.copstudio']);
    await open.getByRole('button', { name: 'Up to the folder above' }).click();
    await poll(() => open.getByRole('list', { name: `Folders and files in ${app.documentsDir}` }).count()).toBe(1);
    await open.getByRole('button', { name: 'Cancel' }).click();
    await poll(() => open.count()).toBe(0);
    expect(await fileNameInTitleBar(page)).not.toContain('kickoff');

    // The main process checks the answer itself: a path that is not a workshop is refused with a message.
    await page.getByRole('button', { name: 'Open workshop…' }).click();
    await poll(() => open.count()).toBe(1);
    const answer = await page.evaluate(
      async (file) => {
        const request = await window.copStudio.currentFileChooser();
        if (!request.ok || !request.value) return 'no chooser';
        const result = await window.copStudio.answerFileChooser({ id: request.value.id, path: file });
        return result.ok ? 'accepted' : result.error.message;
      },
      path.join(nested, 'notes.txt'),
    );
    expect(answer).toContain('is not a .copstudio file');
    await open.getByRole('button', { name: 'Cancel' }).click();
    // With no chooser open, folders cannot be listed.
    const listed = await page.evaluate(async (folder) => {
      const result = await window.copStudio.listChooserFolder({ path: folder });
      return result.ok ? 'listed' : result.error.code;
    }, app.dataDir);
    expect(listed).toBe('not-allowed');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('Open recent and Import JSON Canvas work through the chooser too', async () => {
    const app = await launchWithNewWorkshop();
    const { page } = app;
    await fs.mkdir(app.documentsDir, { recursive: true });
    const file = path.join(app.documentsDir, 'recent.copstudio');
    await fs.writeFile(file, serializeWorkshop(realisticWorkshop()), 'utf8');
    await page.getByRole('button', { name: 'Open workshop…' }).click();
    const open = chooser(page, 'Open workshop');
    await open.getByRole('button', { name: 'recent.copstudio' }).dblclick();
    await poll(() => fileNameInTitleBar(page)).toContain('recent');
    await page.getByRole('button', { name: 'New workshop' }).click();
    await startNewWorkshop(page);

    await page.getByRole('button', { name: 'More', exact: true }).click();
    await page.getByRole('menuitem', { name: /Open recent/i }).click();
    const recent = page.getByRole('dialog', { name: 'Open recent workshop' });
    await recent
      .getByRole('list', { name: 'Recent workshops' })
      .getByRole('button', { name: /recent\.copstudio/ })
      .click();
    await poll(() => fileNameInTitleBar(page)).toContain('recent');

    // Export the canvas as JSON Canvas, then import it back.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: 'Export canvas as JSON Canvas…' }).click();
    const exportChooser = chooser(page, 'Export canvas as JSON Canvas');
    const canvasName = await exportChooser.getByRole('textbox', { name: 'File name' }).inputValue();
    await exportChooser.getByRole('button', { name: 'Save', exact: true }).click();
    await poll(() => exists(path.join(app.documentsDir, canvasName))).toBe(true);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: 'Import JSON Canvas…' }).click();
    const importChooser = page.getByRole('dialog', { name: /JSON Canvas/ });
    await importChooser.getByRole('button', { name: canvasName }).click();
    await importChooser.getByRole('button', { name: 'Open', exact: true }).click();
    await poll(() => importChooser.count()).toBe(0);
    await poll(() => fileNameInTitleBar(page)).not.toContain('recent');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});

describe('files from the system in the browser host', () => {
  test('a workshop given to the start command opens; one sent later opens after the unsaved-changes question', async () => {
    const dir = await fs.mkdtemp(path.join((await import('node:os')).tmpdir(), 'cop-host-files-'));
    const first = path.join(dir, 'first.copstudio');
    const second = path.join(dir, 'second.copstudio');
    await fs.writeFile(first, serializeWorkshop(realisticWorkshop()), 'utf8');
    await fs.writeFile(second, serializeWorkshop(realisticWorkshop()), 'utf8');
    const app = await launchApp({ filesToOpen: [first] });
    const { page } = app;
    await poll(() => fileNameInTitleBar(page)).toContain('first');

    // Unsaved edits to a new workshop: the system's file waits for the person's answer.
    await page.getByRole('button', { name: 'New workshop' }).click();
    await startNewWorkshop(page);
    await page.getByRole('button', { name: 'Add note' }).click();
    app.openFromSystem(second);
    const question = page.getByRole('dialog', { name: 'Unsaved changes' });
    await poll(() => question.count()).toBe(1);
    await question.getByRole('button', { name: 'Don’t save' }).click();
    await poll(() => fileNameInTitleBar(page)).toContain('second');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});

describe('the canvas in a resized window', () => {
  test('a fitted canvas fits again when the window grows', async () => {
    const app = await launchWithNewWorkshop({ viewport: { width: 1024, height: 768 } });
    const { page } = app;
    await fs.mkdir(app.documentsDir, { recursive: true });
    const file = path.join(app.documentsDir, 'big.copstudio');
    await fs.writeFile(file, serializeWorkshop(realisticWorkshop()), 'utf8');
    app.answerNextDialog(file);
    await page.getByRole('button', { name: 'Open workshop…' }).click();
    await poll(() => fileNameInTitleBar(page)).toContain('big');
    const zoomLabel = () =>
      page
        .getByRole('group', { name: 'Zoom' })
        .getByRole('button', { name: /% \(actual size\)/ })
        .getAttribute('aria-label');
    await poll(zoomLabel).toMatch(/%/);
    const before = await zoomLabel();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await poll(zoomLabel).not.toBe(before);
    expect(parseInt((await zoomLabel()) ?? '0', 10)).toBeGreaterThan(parseInt(before ?? '0', 10));
    await app.close();
  });
});
