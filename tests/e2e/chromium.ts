import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../../hosts/browser/chromium';

export { CHROMIUM_FLAGS, chromiumPath };

let shared: Promise<Browser> | null = null;

/** One Chromium per test file (per module instance), launched on first use. */
export function sharedBrowser(options: { headless?: boolean } = {}): Promise<Browser> {
  if (!shared) {
    const headless = options.headless ?? true;
    shared = chromium.launch({
      executablePath: chromiumPath(),
      headless,
      args: headless ? CHROMIUM_FLAGS : CHROMIUM_FLAGS.filter((flag) => flag !== '--headless'),
    });
  }
  return shared;
}

/** Closes the shared Chromium (call it in `afterAll`). */
export async function closeBrowser(): Promise<void> {
  const browser = shared;
  shared = null;
  if (browser) await (await browser).close();
}
