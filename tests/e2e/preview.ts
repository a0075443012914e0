/**
 * `npm run preview`: CoP Studio in a visible Chromium window, backed by the real main-process services —
 * for machines where the Electron binary cannot be downloaded. Data lives in ./.preview-data unless
 * COP_STUDIO_DATA_DIR says otherwise. Native file dialogs become a prompt asking for a path.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { DialogPort } from '../../electron/services/dialogs';
import { REPO_ROOT, launchApp } from './launch-app';

const dataDir = process.env.COP_STUDIO_DATA_DIR ?? path.join(REPO_ROOT, '.preview-data');

function promptDialogs(page: () => Page): DialogPort {
  const ask = (title: string, defaultPath: string) =>
    page().evaluate(([t, d]) => window.prompt(`${t}: type the file's full path`, d), [title, defaultPath] as const);
  return {
    showOpenDialog: (options) => ask(options.title, options.defaultPath),
    showSaveDialog: (options) => ask(options.title, options.defaultPath),
  };
}

const app = await launchApp({ dataDir, headed: true, dialogs: promptDialogs });
console.log(`CoP Studio preview is open. Data folder: ${dataDir}. Close the window to stop.`);
await new Promise<void>((resolve) => app.page.on('close', () => resolve()));
await app.close();
process.exit(0);
