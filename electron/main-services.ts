import path from 'node:path';
import type { DialogPort } from './services/dialogs';
import { PathGrants } from './services/path-grants';
import { createSettings, type KeyValueStore, type Settings } from './services/settings';
import type { WindowControl } from './services/close-gate';
import type { FsPort } from './services/fs-port';
import { WorkshopStorage } from './services/workshop-storage';
import { createHandlerTable, type HandlerTable } from './ipc/handler-table';

export interface MainServicesOptions {
  appName: string;
  appVersion: string;
  platform: string;
  /** The app's own data: preferences, recovery journal, backups. */
  dataDir: string;
  /** The user's Documents folder; workshops default to `<documents>/CoP Studio`. */
  userDocumentsDir: string;
  dialogs: DialogPort;
  store: KeyValueStore;
  /** Closes the window once the renderer decided (Electron: through the close gate; harness: closes the page). */
  windowControl?: WindowControl;
  /** The disk; tests inject faults here. */
  fs?: FsPort;
}

export interface MainServicesBundle {
  handlers: HandlerTable;
  settings: Settings;
  storage: WorkshopStorage;
}

/** Composition root of the main process: the same for Electron and for the browser test harness. */
export function createMainServices(options: MainServicesOptions): MainServicesBundle {
  const settings = createSettings(options.store);
  const storage = new WorkshopStorage({ dataDir: options.dataDir, fs: options.fs });
  const handlers = createHandlerTable({
    appInfo: {
      name: options.appName,
      version: options.appVersion,
      platform: options.platform,
      dataDir: options.dataDir,
      documentsDir: path.join(options.userDocumentsDir, 'CoP Studio'),
    },
    dialogs: options.dialogs,
    settings,
    grants: new PathGrants(),
    storage,
    windowControl: options.windowControl ?? { close: () => undefined },
  });
  return { handlers, settings, storage };
}
