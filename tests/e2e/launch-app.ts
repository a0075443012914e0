/**
 * The browser test harness: CoP Studio's built renderer in Debian's Chromium, with `window.copStudio` bound to
 * the very same main-process handler table the Electron app registers, writing real files under `dataDir`.
 *
 *   const app = await launchApp();
 *   app.answerNextDialog(path.join(app.dataDir, 'workshop.copstudio'));
 *   await app.page.getByRole('button', { name: 'Save as…' }).click();
 *   await app.close();
 *
 * Stable API for acceptance tests: `launchApp`, `closeBrowser`, and the fields of `LaunchedApp`.
 */
import Conf from 'conf';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { IPC_METHOD_NAMES, type AppEventName } from '../../shared/ipc/method-names';
import type { MenuCommand } from '../../shared/menu-commands';
import { dispatch, senderFromOrigin } from '../../electron/ipc/dispatch';
import { createMainServices } from '../../electron/main-services';
import type { DialogPort } from '../../electron/services/dialogs';
import type { FsPort } from '../../electron/services/fs-port';
import { SETTINGS_FILE_NAME } from '../../electron/services/settings';
import { CHROMIUM_FLAGS, chromiumPath, closeBrowser, sharedBrowser } from './chromium';
import { chromiumPdfEngine } from './chromium-pdf-engine';
import { DialogQueue } from './dialog-queue';
import { serveRenderer } from './static-server';

export { closeBrowser };

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const RENDERER_BUILD_DIR = path.join(REPO_ROOT, 'out/renderer');

export interface LaunchOptions {
  /** The app's data folder (preferences, recovery journal, default documents folder). A fresh temp folder when absent. */
  dataDir?: string;
  viewport?: { width: number; height: number };
  /** Show the browser window (used by `npm run preview`). */
  headed?: boolean;
  /** Replaces the queue of dialog answers (the preview asks the person with a prompt instead). */
  dialogs?: (page: () => Page) => DialogPort;
  /** The main process's disk, to inject faults (EACCES, EROFS, ENOSPC); the real one when absent. */
  fs?: FsPort;
}

export interface LaunchedApp {
  page: Page;
  dataDir: string;
  /** The default folder for workshops: `<dataDir>/Documents/CoP Studio`. */
  documentsDir: string;
  /** Closes the page and its server (the shared Chromium stays up for the file's other tests). */
  close(): Promise<void>;
  /** Queues the answer of the next open/save dialog: a path, or null for Cancel. */
  answerNextDialog(result: string | null): void;
  /** Sends an application-menu command, as the Electron menu does. */
  menu(command: MenuCommand): Promise<void>;
  /** Uncaught page errors and console errors (CSP violations among them) seen so far. */
  pageErrors: string[];
  /** Files the app asked the system to open ("Open" after an export), in order. */
  openedPaths: string[];
}

export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  if (!existsSync(path.join(RENDERER_BUILD_DIR, 'index.html'))) {
    throw new Error(`The renderer is not built (${RENDERER_BUILD_DIR} is missing): run "npm run build" first.`);
  }
  const dataDir = options.dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'cop-studio-e2e-')));
  await fs.mkdir(dataDir, { recursive: true });
  const queue = new DialogQueue();
  const openedPaths: string[] = [];
  // Printing needs a headless Chromium: the visible preview window gets its own headless one for PDFs.
  let pdfBrowser: Promise<Browser> | null = null;
  const headlessBrowser = () =>
    options.headed ? (pdfBrowser ??= chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS })) : sharedBrowser();
  let pageRef: Page | null = null;
  const dialogs = options.dialogs?.(() => pageRef!) ?? queue;
  const services = createMainServices({
    appName: 'CoP Studio',
    appVersion: JSON.parse(await fs.readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')).version,
    platform: process.platform,
    dataDir,
    userDocumentsDir: path.join(dataDir, 'Documents'),
    dialogs,
    store: new Conf({ cwd: dataDir, configName: SETTINGS_FILE_NAME, projectName: 'cop-studio', clearInvalidConfig: true }),
    pdfEngine: chromiumPdfEngine(headlessBrowser),
    opener: {
      openPath: async (filePath) => {
        openedPaths.push(filePath);
        return '';
      },
    },
    // The renderer's "close the window" (after its Save / Don't save / Cancel) closes the page.
    windowControl: { close: () => void pageRef?.close() },
    fs: options.fs,
    // Main → renderer events, as the preload's APP_EVENT_CHANNEL carries them in Electron.
    events: {
      send: (name: AppEventName, payload: unknown) =>
        void pageRef
          ?.evaluate(([n, p]) => (window as unknown as { __copStudioEvent: (n: string, p: unknown) => void }).__copStudioEvent(n, p), [name, payload] as const)
          .catch(() => undefined),
    },
  });
  const server = await serveRenderer(RENDERER_BUILD_DIR);
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

  // Under tsx (the benchmarks, `npm run preview`) esbuild's keepNames wraps functions in `__name(...)`, which
  // functions sent to the page (init scripts, evaluate) then call: give the page that helper first.
  await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  const isTrusted = senderFromOrigin(server.origin);
  await page.exposeBinding('__copStudioInvoke', (source, method: unknown, payload: unknown) =>
    dispatch(services.handlers, method, payload, source.frame.url(), isTrusted),
  );
  await page.addInitScript((methods: readonly string[]) => {
    const invoke = (window as unknown as { __copStudioInvoke: (m: string, p: unknown) => Promise<unknown> }).__copStudioInvoke;
    const listeners = new Set<(command: string) => void>();
    const api: Record<string, unknown> = {};
    for (const method of methods) api[method] = (request?: unknown) => invoke(method, request);
    api.onMenuCommand = (listener: (command: string) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    };
    Object.defineProperty(window, '__copStudioMenu', { value: (command: string) => listeners.forEach((l) => l(command)) });
    const eventListeners = new Set<{ name: string; listener: (payload: unknown) => void }>();
    api.onEvent = (name: string, listener: (payload: unknown) => void) => {
      const entry = { name, listener };
      eventListeners.add(entry);
      return () => eventListeners.delete(entry);
    };
    Object.defineProperty(window, '__copStudioEvent', {
      value: (name: string, payload: unknown) => eventListeners.forEach((e) => e.name === name && e.listener(payload)),
    });
    Object.defineProperty(window, 'copStudio', { value: Object.freeze(api) });
  }, IPC_METHOD_NAMES);

  await page.goto(`${server.origin}/index.html`);
  return {
    page,
    dataDir,
    documentsDir: path.join(dataDir, 'Documents', 'CoP Studio'),
    pageErrors,
    openedPaths,
    answerNextDialog: (result) => queue.answerNext(result),
    menu: async (command) => {
      await page.evaluate((c) => (window as unknown as { __copStudioMenu: (c: string) => void }).__copStudioMenu(c), command);
    },
    close: async () => {
      services.dispose();
      await context.close();
      await server.close();
      if (pdfBrowser) await (await pdfBrowser).close();
    },
  };
}
