/**
 * Starts CoP Studio in an installed Chromium or Chrome, as an app window (`--app`: no tabs, no address bar), backed
 * by the browser host and the same data folder as the Electron app. `npm start` runs it where Electron cannot be
 * had; `npm run preview` runs it directly.
 *
 *   tsx hosts/browser/start.ts [workshop.copstudio]
 *
 * Stops when the window closes. Environment: CHROMIUM_PATH (the browser), COP_STUDIO_DATA_DIR and
 * COP_STUDIO_DOCUMENTS_DIR (the folders).
 */
import Conf from 'conf';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { SETTINGS_FILE_NAME } from '../../electron/services/settings';
import { workshopPathsIn } from '../../electron/services/files-to-open';
import { appFolders } from './app-folders';
import { startBrowserHost } from './browser-host';
import { CHROMIUM_FLAGS, findChromium } from './chromium';
import { chromiumPdfEngine } from './chromium-pdf-engine';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const RENDERER_DIR = path.join(REPO_ROOT, 'out/renderer');

function openWithSystem(filePath: string): Promise<string> {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [filePath]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', filePath]]
        : ['xdg-open', [filePath]];
  return new Promise((resolve) => {
    const child = spawn(command as string, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', (error) => resolve(error.message));
    child.on('spawn', () => {
      child.unref();
      resolve('');
    });
  });
}

/** Where a running host tells a second start how to reach it (readable by this user only). */
const runningFile = (dataDir: string) => path.join(dataDir, 'browser-host.json');

/** A host already running for this data folder takes the workshops (like Electron's single instance); true if it did. */
async function handToRunningHost(dataDir: string, paths: string[]): Promise<boolean> {
  let running: { origin: string; token: string; pid: number };
  try {
    running = JSON.parse(await fs.readFile(runningFile(dataDir), 'utf8'));
    process.kill(running.pid, 0);
  } catch {
    return false;
  }
  try {
    const response = await fetch(`${running.origin}/__host/open`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CoP-Studio-Open-Token': running.token },
      body: JSON.stringify({ paths }),
      signal: AbortSignal.timeout(5_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    console.error('CoP Studio is not built yet: run "npm run build" (npm start does it for you).');
    return 1;
  }
  const executable = findChromium();
  if (!executable) {
    console.error(
      'No Chromium, Chrome or Edge was found. Install one (on Debian: apt-get install -y chromium) or set CHROMIUM_PATH to it.',
    );
    return 1;
  }
  // No desktop (a server, an SSH session): no window can open; the app is served, for a browser on this machine.
  const noDesktop = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const { dataDir, userDocumentsDir } = appFolders();
  await fs.mkdir(dataDir, { recursive: true });
  const filesToOpen = workshopPathsIn(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
  if (await handToRunningHost(dataDir, filesToOpen)) {
    console.log(`CoP Studio is already open${filesToOpen.length ? ': the workshop was sent to its window' : ''}.`);
    return 0;
  }
  const openToken = randomBytes(32).toString('base64url');
  const version = JSON.parse(await fs.readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')).version as string;

  let window: ChildProcess | null = null;
  // PDFs are printed by a headless instance of the same browser, started on the first export.
  let printer: Promise<Browser> | null = null;
  const host = await startBrowserHost({
    rendererDir: RENDERER_DIR,
    appVersion: version,
    dataDir,
    userDocumentsDir,
    store: new Conf({ cwd: dataDir, configName: SETTINGS_FILE_NAME, projectName: 'cop-studio', clearInvalidConfig: true }),
    pdfEngine: chromiumPdfEngine(() => (printer ??= chromium.launch({ executablePath: executable, headless: true, args: CHROMIUM_FLAGS }))),
    opener: { openPath: openWithSystem },
    // The renderer decided the window may close: end the browser, which ends this host.
    windowControl: () => ({ close: () => void window?.kill() }),
    filesToOpen,
    openToken,
  });
  await fs.writeFile(runningFile(dataDir), JSON.stringify({ origin: host.origin, token: openToken, pid: process.pid }), { mode: 0o600 });

  const args = [
    `--app=${host.url}`,
    `--user-data-dir=${path.join(dataDir, 'browser-window')}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-sync',
    '--disable-background-networking',
    '--window-size=1280,800',
  ];
  // Chromium refuses to run as root with its sandbox.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (noDesktop) {
    console.log('There is no desktop here to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set).');
    console.log(`CoP Studio is served for a browser on this machine at ${host.url} — press Ctrl+C to stop it.`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await fs.rm(runningFile(dataDir), { force: true });
    await host.close();
    return 0;
  }
  window = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  // Ctrl+C in the terminal: close the window, then clean up as when it is closed.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => window?.kill());
  let browserErrors = '';
  window.stderr?.on('data', (chunk) => (browserErrors = (browserErrors + String(chunk)).slice(-2000)));
  console.log(`CoP Studio is starting in ${path.basename(executable)}. Data folder: ${dataDir}. Close its window to stop.`);
  const code = await new Promise<number>((resolve) => {
    window!.on('error', (error) => {
      console.error(`The browser could not start: ${error.message}`);
      resolve(1);
    });
    window!.on('exit', (exitCode) => resolve(exitCode ?? 0));
  });
  if (code !== 0) {
    const reason = browserErrors
      .split('\n')
      .find((line) => /error|missing|cannot/i.test(line))
      ?.trim();
    console.error(`The browser window ended with code ${code}${reason ? `: ${reason}` : ''}.`);
  }
  await fs.rm(runningFile(dataDir), { force: true });
  await host.close();
  const started = printer as Promise<Browser> | null;
  if (started) await (await started).close();
  return code === 0 ? 0 : 1;
}

process.exit(await main());
