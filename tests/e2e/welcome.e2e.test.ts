import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { seriousAxeViolations } from './axe';
import { layoutProblems } from './geometry';
import { launchApp, REPO_ROOT } from './launch-app';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { screenshot } from './screenshot';
import { startNewWorkshop, welcomeScreen } from './welcome-helpers';

closeAppsAfterEachTest();

const EXAMPLE = path.join(REPO_ROOT, 'resources', 'example-workshop.copstudio');
const sha256 = async (file: string) =>
  createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
const titleBox = (page: import('playwright-core').Page) => page.getByRole('textbox', { name: 'Workshop title' });

describe('the first run', () => {
  test('a fresh data folder shows the welcome screen; the example opens as a new copy and the shipped file never changes', async () => {
    const shipped = await sha256(EXAMPLE);
    const app = await launchApp({ viewport: { width: 1024, height: 768 } });
    const { page } = app;
    const welcome = welcomeScreen(page);
    await expect.poll(() => welcome.count()).toBe(1);
    await expect.poll(() => welcome.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome to CoP Studio');
    // The primary action has the focus: Enter starts a workshop.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('New workshop');
    for (const template of [
      'Community-of-practice vision workshop',
      'Domain, community, practice',
      'Start, stop, continue',
      'Blank workshop',
    ]) {
      expect(await welcome.getByRole('radio', { name: template }).count()).toBe(1);
    }
    expect(await welcome.getByRole('radio', { name: 'Community-of-practice vision workshop' }).isChecked()).toBe(true);
    expect(await layoutProblems(page)).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'welcome-1024x768');
    await page.setViewportSize({ width: 1920, height: 1080 });
    expect(await layoutProblems(page)).toEqual([]);
    await screenshot(page, 'welcome-1920x1080');

    await welcome.getByRole('button', { name: 'Open the example workshop' }).click();
    await expect.poll(() => titleBox(page).inputValue()).toBe('Software Craftsmanship — kick-off workshop');
    await expect.poll(() => page.getByRole('status', { name: 'Save status' }).textContent()).toBe('New workshop');
    expect(await page.getByRole('button', { name: /^Note: / }).count()).toBe(26);
    await screenshot(page, 'welcome-example-opened');

    await titleBox(page).fill('Our own kick-off');
    const saved = path.join(app.documentsDir, 'our kick-off.copstudio');
    app.answerNextDialog(saved);
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByRole('status', { name: 'Save status' }).textContent()).toBe('Saved');
    expect(JSON.parse(await fs.readFile(saved, 'utf8')).meta.title).toBe('Our own kick-off');
    // Saved to the chosen new file; the example shipped with the app is byte for byte what it was.
    expect(await sha256(EXAMPLE)).toBe(shipped);

    // File ▸ New comes back to the welcome screen, which lists the recent workshop.
    await app.menu('file.new');
    await expect.poll(() => welcome.count()).toBe(1);
    await expect
      .poll(() =>
        welcome
          .getByRole('list', { name: 'Recent workshops' })
          .getByRole('button', { name: /our kick-off\.copstudio/ })
          .count(),
      )
      .toBe(1);
    await welcome.getByRole('button', { name: 'Open the example workshop' }).click();
    await expect.poll(() => titleBox(page).inputValue()).toBe('Software Craftsmanship — kick-off workshop');
    expect(await sha256(EXAMPLE)).toBe(shipped);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('a template is chosen with the keyboard, and recent files open from the welcome screen', async () => {
    const app = await launchApp({ viewport: { width: 1280, height: 800 } });
    const { page } = app;
    const welcome = welcomeScreen(page);
    await welcome.getByRole('radio', { name: 'Community-of-practice vision workshop' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => welcome.getByRole('radio', { name: 'Start, stop, continue' }).isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => titleBox(page).inputValue()).toBe('Start, stop, continue');
    for (const zone of ['Start', 'Stop', 'Continue'])
      await expect.poll(() => page.getByRole('region', { name: zone, exact: true }).count()).toBe(1);

    const file = path.join(app.documentsDir, 'retro.copstudio');
    app.answerNextDialog(file);
    await page.getByRole('button', { name: 'Save as…' }).click();
    await expect.poll(() => page.getByRole('status', { name: 'Save status' }).textContent()).toBe('Saved');
    await page.getByRole('button', { name: 'New workshop' }).click();
    const recent = welcome.getByRole('list', { name: 'Recent workshops' }).getByRole('button', { name: /retro\.copstudio/ });
    await expect.poll(() => recent.count()).toBe(1);
    await recent.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => titleBox(page).inputValue()).toBe('Start, stop, continue');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});

describe('help for the facilitator', () => {
  test('the Help button explains how a vision workshop runs and leads to the keyboard map', async () => {
    const app = await launchApp({ viewport: { width: 1280, height: 800 } });
    const { page } = app;
    await startNewWorkshop(page);
    await page.getByRole('button', { name: 'Help', exact: true }).click();
    const help = page.getByRole('dialog', { name: 'Help' });
    await expect.poll(() => help.getByRole('heading', { name: 'How a vision workshop runs' }).count()).toBe(1);
    expect(await help.getByRole('listitem').count()).toBeGreaterThanOrEqual(9);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'help-dialog');
    await help.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible()).toBe(true);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('each default step has a "how to run this step" beside the timer, hidden on the projector', async () => {
    const app = await launchApp({ viewport: { width: 1280, height: 800 } });
    const { page } = app;
    await startNewWorkshop(page);
    await page.keyboard.press('Alt+7');
    const guide = page.getByRole('complementary', { name: 'How to run this step' });
    await expect.poll(() => guide.count()).toBe(1);
    for (const term of ['Purpose', 'What to say', 'Watch for', 'Typical time'])
      expect(await guide.getByRole('term').filter({ hasText: term }).count()).toBe(1);
    await expect.poll(() => guide.textContent()).toContain('one sentence');
    await screenshot(page, 'agenda-step-guide');
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.keyboard.press('Alt+7');
    await expect.poll(() => guide.textContent()).toContain('in silence');
    await guide.getByRole('button', { name: 'Hide the facilitator guide' }).click();
    await expect.poll(() => guide.getByRole('term').count()).toBe(0);
    await guide.getByRole('button', { name: 'Show the facilitator guide' }).click();
    await expect.poll(() => guide.getByRole('term').count()).toBe(4);

    await page.keyboard.press('F5');
    await expect.poll(() => page.getByRole('banner', { name: 'Current step' }).count()).toBe(1);
    await expect.poll(() => guide.isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => guide.isVisible()).toBe(true);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
