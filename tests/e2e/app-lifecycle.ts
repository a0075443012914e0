/**
 * The lifecycle every E2E file uses: one call at the top of the file,
 *
 *   closeAppsAfterEachTest();
 *
 * After each test, every app the test launched is closed — in `finally`, so a failing test never leaves a page, a
 * host or a room server behind — and must have seen no page error (uncaught errors, console errors, CSP
 * violations). Apps launched in a `beforeAll` are checked and closed the same way after the file; the shared
 * Chromium is closed last.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, expect } from 'vitest';
import { closeBrowser, launchedApps, type LaunchedApp } from './launch-app';

async function closeAndCheck(apps: LaunchedApp[]): Promise<void> {
  const errors = apps.flatMap((app) => app.pageErrors);
  try {
    expect(errors, 'page errors').toEqual([]);
  } finally {
    const closed = await Promise.allSettled(apps.map((app) => app.close()));
    const failure = closed.find((result) => result.status === 'rejected');
    if (failure) throw (failure as PromiseRejectedResult).reason;
  }
}

export function closeAppsAfterEachTest(): void {
  /** Apps launched before the current test started (in a `beforeAll`): the file's, not the test's. */
  let fileApps = 0;
  beforeEach(() => {
    fileApps = launchedApps.length;
  });
  afterEach(async () => {
    await closeAndCheck(launchedApps.splice(fileApps));
  });
  afterAll(async () => {
    try {
      await closeAndCheck(launchedApps.splice(0));
    } finally {
      await closeBrowser();
    }
  });
}

/**
 * Resolves once the app has started: the welcome screen or a workshop's view is on screen, or a question asked
 * at start (the recovery offer) waits for an answer.
 */
export async function ready(page: Page): Promise<void> {
  await expect
    .poll(async () => (await page.getByRole('main').count()) + (await page.getByRole('dialog').count()), {
      message: 'the app did not start',
    })
    .toBeGreaterThan(0);
}
