/**
 * THE main-process test harness. In process: the real main-process services (`createMainServices`) on a temp data
 * folder, called through the real `dispatch` as the preload does (`mainProcess`), for unit tests of services and
 * handlers. Built: the bundled main process run under Node with the recording Electron stand-in (`runBuiltScenario`),
 * for tests/main-process. Both start from `tempDataDir` and the same workshop fixture file (`workshopFile`).
 */
import Conf from 'conf';
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IpcMethodName, IpcRequest, IpcResponse, IpcResult } from '../../shared/ipc';
import type { Workshop } from '../../shared/schema';
import { dispatch, senderFromOrigin } from '../../electron/ipc/dispatch';
import { createMainServices, type MainServicesOptions } from '../../electron/main-services';
import { SETTINGS_FILE_NAME } from '../../electron/services/settings';
import { serializeWorkshop } from '../../electron/services/workshop-files';
import { DialogQueue } from '../e2e/dialog-queue';

const ROOT = path.resolve(import.meta.dirname, '../..');
const APP_PAGE = 'app://cop-studio/index.html';

/** A fresh temp folder for one test's app data. */
export const tempDataDir = (prefix = 'cop-studio-unit-'): Promise<string> => fs.mkdtemp(path.join(os.tmpdir(), prefix));

/** A workshop written to a file, as CoP Studio saves it. */
export async function workshopFile(dir: string, workshop: Workshop, name = 'workshop.copstudio'): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, serializeWorkshop(workshop), 'utf8');
  return file;
}

/** The real main-process services on a temp data folder, called through the real `dispatch` (as the preload does). */
export async function mainProcess(options: Partial<Omit<MainServicesOptions, 'dialogs' | 'store'>> = {}) {
  const dataDir = options.dataDir ?? (await tempDataDir());
  const dialogs = new DialogQueue();
  let closed = 0;
  const services = createMainServices({
    appName: 'CoP Studio',
    appVersion: '0.0.0-test',
    platform: process.platform,
    userDocumentsDir: path.join(dataDir, 'Documents'),
    windowControl: { close: () => void closed++ },
    ...options,
    dataDir,
    dialogs,
    store: new Conf({ cwd: dataDir, configName: SETTINGS_FILE_NAME, projectName: 'cop-studio', clearInvalidConfig: true }),
  });
  const call = <M extends IpcMethodName>(method: M, request?: IpcRequest<M>) =>
    dispatch(services.handlers, method, request, APP_PAGE, () => true) as Promise<IpcResult<IpcResponse<M>>>;
  /** Any method name and payload, from any sender, through the real sender and payload checks. */
  const callFrom = (sender: string | undefined, method: unknown, payload?: unknown) =>
    dispatch(services.handlers, method, payload, sender, senderFromOrigin('app://cop-studio'));
  return {
    dataDir,
    documentsDir: path.join(dataDir, 'Documents', 'CoP Studio'),
    dialogs,
    services,
    call,
    callFrom,
    /** An untyped call from the app page (malformed payloads, unknown methods). */
    callRaw: (method: unknown, payload?: unknown) => callFrom(APP_PAGE, method, payload),
    closedCount: () => closed,
    /** Opens `file` through the Open dialog, as a person would. */
    open: (file: string) => {
      dialogs.answerNext(file);
      return call('openWorkshopDialog');
    },
  };
}

/** Every file under `dir` with its size and mtime, to prove nothing was written. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string) => {
    for (const entry of await fs.readdir(d, { withFileTypes: true }).catch(() => [])) {
      const full = path.join(d, entry.name);
      const stat = await fs.lstat(full);
      out[path.relative(dir, full)] = `${stat.size}:${stat.mtimeMs}`;
      if (entry.isDirectory()) await walk(full);
    }
  };
  await walk(dir);
  return out;
}

export interface ScenarioOutput<T> {
  data: T;
  uncaught: string[];
  consoleErrors: string[];
}

/**
 * Runs one scenario of tests/main-process/scenarios.mjs against the BUILT main process (`out/main/index.js`) in a
 * fresh Node process under the recording Electron stand-in; rejects with its error or output when it fails.
 */
export async function runBuiltScenario<T = Record<string, any>>(
  name: string,
  options: { platform?: NodeJS.Platform; env?: NodeJS.ProcessEnv } = {},
): Promise<ScenarioOutput<T>> {
  const here = path.join(ROOT, 'tests', 'main-process');
  const dir = await tempDataDir(`cop-main-${name}-`);
  const env: NodeJS.ProcessEnv = { ...process.env, SCENARIO_PLATFORM: options.platform ?? 'linux', SCENARIO_DIR: dir, ...options.env };
  delete env.ELECTRON_RENDERER_URL;
  const child = spawn(process.execPath, ['--import', path.join(here, 'stand-in/register.mjs'), path.join(here, 'run-scenario.mjs'), name], {
    cwd: ROOT,
    env,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  await new Promise((resolve) => child.on('exit', resolve));
  const line = stdout.split('\n').find((l) => l.startsWith('@@result '));
  if (!line) throw new Error(`Scenario ${name} printed no result.\n${stdout}\n${stderr}`);
  const result = JSON.parse(line.slice('@@result '.length));
  if (result.error) throw new Error(`Scenario ${name} failed: ${result.error}`);
  return result;
}
