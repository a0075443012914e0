/**
 * The E2E harness: a thin wrapper over the browser host (`hosts/browser/`), the same host `npm start` falls back
 * to, driven by Playwright. The built renderer runs in Debian's Chromium with `window.copStudio` defined by the
 * host's preload and served by the very same main-process handler table the Electron app registers, writing real
 * files under `dataDir`.
 *
 *   const app = await launchApp();
 *   app.answerNextDialog(path.join(app.dataDir, 'workshop.copstudio'));
 *   await app.page.getByRole('button', { name: 'Save as…' }).click();
 *   await app.close();
 *
 * Stable API for acceptance tests: `launchApp`, `closeBrowser`, and the fields of `LaunchedApp` (`close()` may be
 * called more than once). The team's E2E files call `closeAppsAfterEachTest()` (`app-lifecycle.ts`) instead of
 * closing by hand.
 */
import Conf from 'conf';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { MenuCommand } from '../../shared/menu-commands';
import type { FsPort } from '../../electron/services/fs-port';
import { SETTINGS_FILE_NAME } from '../../electron/services/settings';
import { startBrowserHost } from '../../hosts/browser/browser-host';
import { chromiumPdfEngine } from '../../hosts/browser/chromium-pdf-engine';
import { CHROMIUM_FLAGS, chromiumPath, closeBrowser, sharedBrowser } from './chromium';
import { DialogQueue } from './dialog-queue';

export { closeBrowser };

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const RENDERER_BUILD_DIR = path.join(REPO_ROOT, 'out/renderer');

export interface LaunchOptions {
  /** The app's data folder (preferences, recovery journal, default documents folder). A fresh temp folder when absent. */
  dataDir?: string;
  viewport?: { width: number; height: number };
  /** Show the browser window (for debugging a test). */
  headed?: boolean;
  /** The main process's disk, to inject faults (EACCES, EROFS, ENOSPC); the real one when absent. */
  fs?: FsPort;
  /** Workshops given to the host's start command (files from the system). */
  filesToOpen?: string[];
  /** Show the interface in the pseudo-locale (accented, 40 % longer), for layout checks; no menu offers it. */
  pseudoLocale?: boolean;
}

export interface LaunchedApp {
  page: Page;
  dataDir: string;
  /** The default folder for workshops: `<dataDir>/Documents/CoP Studio`. */
  documentsDir: string;
  /** Closes the page and its host (the shared Chromium stays up for the file's other tests). */
  close(): Promise<void>;
  /**
   * Queues the answer of the next open/save dialog: a path, or null for Cancel. With no answer queued, the
   * dialog is the app's own file chooser, shown in the page.
   */
  answerNextDialog(result: string | null): void;
  /** Sends an application-menu command, as the Electron menu does. */
  menu(command: MenuCommand): Promise<void>;
  /**
   * Whether the menu item of a command is enabled, as the renderer last told the host (`setMenuEnabled`), as
   * Electron's menu shows it. Items the renderer never mentioned are enabled.
   */
  menuItemEnabled(command: MenuCommand): boolean;
  /** Uncaught page errors and console errors (CSP violations among them) seen so far. */
  pageErrors: string[];
  /** Files the app asked the system to open ("Open" after an export), in order. */
  openedPaths: string[];
  /** Asks the running app to open a workshop, as the system does (second instance, open-file). */
  openFromSystem(filePath: string): void;
}

/** Every app this test file launched, in order (`app-lifecycle.ts` checks and closes them after each test). */
export const launchedApps: LaunchedApp[] = [];

export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  if (!existsSync(path.join(RENDERER_BUILD_DIR, 'index.html'))) {
    throw new Error(`The renderer is not built (${RENDERER_BUILD_DIR} is missing): run "npm run build" first.`);
  }
  const dataDir = options.dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'cop-studio-e2e-')));
  await fs.mkdir(dataDir, { recursive: true });
  const queue = new DialogQueue();
  const openedPaths: string[] = [];
  // Printing needs a headless Chromium: a visible window gets its own headless one for PDFs.
  let pdfBrowser: Promise<Browser> | null = null;
  const headlessBrowser = () =>
    options.headed
      ? (pdfBrowser ??= chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS }))
      : sharedBrowser();
  let pageRef: Page | null = null;
  const host = await startBrowserHost({
    rendererDir: RENDERER_BUILD_DIR,
    appVersion: JSON.parse(await fs.readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')).version,
    dataDir,
    userDocumentsDir: path.join(dataDir, 'Documents'),
    store: new Conf({ cwd: dataDir, configName: SETTINGS_FILE_NAME, projectName: 'cop-studio', clearInvalidConfig: true }),
    // A queued answer short-circuits the dialog; otherwise the app's own file chooser opens in the page.
    dialogs: (chooser) => ({
      showOpenDialog: (o) => (queue.queued > 0 ? queue.showOpenDialog(o) : chooser.showOpenDialog(o)),
      showSaveDialog: (o) => (queue.queued > 0 ? queue.showSaveDialog(o) : chooser.showSaveDialog(o)),
    }),
    pdfEngine: chromiumPdfEngine(headlessBrowser),
    opener: {
      openPath: async (filePath) => {
        openedPaths.push(filePath);
        return '';
      },
    },
    // The renderer's "close the window" (after its Save / Don't save / Cancel) closes the page.
    windowControl: () => ({ close: () => void pageRef?.close() }),
    fs: options.fs,
    filesToOpen: options.filesToOpen,
  });
  const browser = await sharedBrowser({ headless: !options.headed });
  const context = await browser.newContext({
    viewport: options.headed ? null : (options.viewport ?? { width: 1280, height: 800 }),
  });
  const page = await context.newPage();
  pageRef = page;
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  // Under tsx (the benchmarks) esbuild's keepNames wraps functions in `__name(...)`, which functions sent to the
  // page (init scripts, evaluate) then call: give the page that helper first.
  await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });

  // `?pseudoChecks`: the 1024×768 layout checks re-run in the pseudo-locale on the same screen (geometry.ts).
  await page.goto(host.url.replace(/(\.html)(?=#|$)/, options.pseudoLocale ? '$1?pseudo' : '$1?pseudoChecks'));
  let closed: Promise<void> | null = null;
  const app: LaunchedApp = {
    page,
    dataDir,
    documentsDir: path.join(dataDir, 'Documents', 'CoP Studio'),
    pageErrors,
    openedPaths,
    answerNextDialog: (result) => queue.answerNext(result),
    // Delivered in the page, as the host's event stream delivers it, and awaited.
    menu: async (command) => {
      await page.evaluate((c) => (window as unknown as { __copStudioMenu: (c: string) => void }).__copStudioMenu(c), command);
    },
    menuItemEnabled: (command) => host.services.menu.enabled(command) ?? true,
    openFromSystem: (filePath) => host.openFromSystem(filePath),
    // Idempotent: a test's own close and the lifecycle's close after it are one.
    close: () =>
      (closed ??= (async () => {
        try {
          await context.close();
        } finally {
          await host.close();
          if (pdfBrowser) await (await pdfBrowser).close();
        }
      })()),
  };
  launchedApps.push(app);
  return app;
}
