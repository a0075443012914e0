import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, launchApp } from './launch-app';
import { screenshot } from './screenshot';

afterAll(closeBrowser);

describe('facilitation', () => {
  test('look', async () => {
    const app = await launchApp({ viewport: { width: 1280, height: 800 } });
    const { page } = app;
    await expect.poll(() => page.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe('Vision workshop');
    await screenshot(page, 'tmp-shell');
    await page.keyboard.press('Alt+7');
    await screenshot(page, 'tmp-agenda');
    await page.keyboard.press('F5');
    await screenshot(page, 'tmp-projector');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
