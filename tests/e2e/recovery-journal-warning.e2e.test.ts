import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { fsError, nodeFs, type FsPort } from '../../electron/services/fs-port';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { launchWithNewWorkshop } from './welcome-helpers';
import { screenshot } from './screenshot';

closeAppsAfterEachTest();

const titleBox = (page: Page) => page.getByRole('textbox', { name: 'Workshop title' });

describe('crash protection never turns off silently', () => {
  test('when the recovery journal cannot be written, a warning says so; when it can again, another says it is back', async () => {
    const broken = { value: true };
    // Fault injection (the file-system port): every write inside the app's recovery folder fails, disk full.
    const faultyFs: FsPort = {
      ...nodeFs,
      open: (p, flags, mode) =>
        broken.value && p.includes(`${path.sep}recovery${path.sep}`) && flags === 'w'
          ? Promise.reject(fsError('ENOSPC', 'open', p))
          : nodeFs.open(p, flags, mode),
    };
    const app = await launchWithNewWorkshop({ fs: faultyFs });
    const { page } = app;
    try {
      await expect.poll(() => titleBox(page).inputValue()).not.toBe('');
      await titleBox(page).fill('Never saved, journal broken');
      const warning = page.getByRole('alert').filter({ hasText: 'Crash protection is off' });
      await expect
        .poll(() => warning.textContent())
        .toContain('Crash protection is off: your unsaved edits could not be kept in the recovery journal (the disk is full).');
      await screenshot(page, 'recovery-journal-off');
      // Told once, not at every keystroke.
      await titleBox(page).fill('Never saved, journal still broken');
      await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Crash protection is off' }).count()).toBe(1);

      broken.value = false;
      await titleBox(page).fill('Journal works again');
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Crash protection is back on' }).count()).toBe(1);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
