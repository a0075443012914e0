import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

/** The flags Debian's Chromium needs on a closed network, as root, without a GPU. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** Chromium's path: `CHROMIUM_PATH`, else the `chromium` executable on the PATH. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Chromium was not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.');
  }
}

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
