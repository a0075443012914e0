import Conf from 'conf';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IpcMethodName, IpcRequest, IpcResponse, IpcResult } from '../../../shared/ipc';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createMainServices } from '../../../electron/main-services';
import type { FsPort } from '../../../electron/services/fs-port';
import { SETTINGS_FILE_NAME } from '../../../electron/services/settings';
import { DialogQueue } from '../../e2e/dialog-queue';

/** The real main-process services on a temp data folder, called through the real `dispatch` (as the preload does). */
export async function mainProcess(options: { fs?: FsPort; dataDir?: string; exampleWorkshopPath?: string } = {}) {
  const dataDir = options.dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'cop-studio-unit-')));
  const dialogs = new DialogQueue();
  let closed = 0;
  const services = createMainServices({
    appName: 'CoP Studio',
    appVersion: '0.0.0-test',
    platform: process.platform,
    dataDir,
    userDocumentsDir: path.join(dataDir, 'Documents'),
    dialogs,
    store: new Conf({ cwd: dataDir, configName: SETTINGS_FILE_NAME, projectName: 'cop-studio', clearInvalidConfig: true }),
    windowControl: { close: () => void closed++ },
    fs: options.fs,
    exampleWorkshopPath: options.exampleWorkshopPath,
  });
  const call = <M extends IpcMethodName>(method: M, request?: IpcRequest<M>) =>
    dispatch(services.handlers, method, request, 'app://cop-studio/index.html', () => true) as Promise<IpcResult<IpcResponse<M>>>;
  return {
    dataDir,
    documentsDir: path.join(dataDir, 'Documents', 'CoP Studio'),
    dialogs,
    services,
    call,
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
