import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ready } from './app-lifecycle';
import { launchApp, type LaunchOptions, type LaunchedApp } from './launch-app';

/** The welcome screen (no workshop open). */
export const welcomeScreen = (page: Page) => page.getByRole('main', { name: 'Welcome to CoP Studio' });

/**
 * From the welcome screen, starts a new workshop from the default template (the CoP vision workshop) and waits
 * for its title: what the app used to open straight into.
 */
export async function startNewWorkshop(page: Page): Promise<void> {
  await ready(page);
  await welcomeScreen(page).getByRole('button', { name: 'New workshop', exact: true }).click();
  await expect.poll(() => page.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe('Vision workshop');
}

/** `launchApp` on a fresh data folder, then a new workshop from the default template. */
export async function launchWithNewWorkshop(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const app = await launchApp(options);
  await startNewWorkshop(app.page);
  return app;
}
