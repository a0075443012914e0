import path from 'node:path';
import type { DialogPort } from './services/dialogs';
import { NO_FILE_OPENER, type FileOpener } from './services/file-opener';
import { NO_PDF_ENGINE, type PdfEngine } from './services/pdf-engine';
import { PathGrants } from './services/path-grants';
import { createSettings, type KeyValueStore, type Settings } from './services/settings';
import { unsupportedWindowPort, type WindowPort } from './services/window-port';
import type { WindowControl } from './services/close-gate';
import type { FsPort } from './services/fs-port';
import { WorkshopStorage } from './services/workshop-storage';
import { NO_APP_EVENTS, type AppEventSink } from './services/app-events';
import { OpenFileWatcher } from './services/file-watch';
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
  /** The app's window (full screen); absent where there is none to drive (the browser harness). */
  window?: WindowPort;
  /** Export (issue 9): the PDF engine and the "open with the default app" port. */
  pdfEngine?: PdfEngine;
  opener?: FileOpener;
  /** Closes the window once the renderer decided (Electron: through the close gate; harness: closes the page). */
  windowControl?: WindowControl;
  /** The disk; tests inject faults here. */
  fs?: FsPort;
  /** Events pushed to the renderer (the open file changed on disk…). */
  events?: AppEventSink;
  /** The example workshop shipped in `resources/`; defaults to `resources/example-workshop.copstudio` under the working folder. */
  exampleWorkshopPath?: string;
}

export const EXAMPLE_WORKSHOP_FILE = 'example-workshop.copstudio';

export interface MainServicesBundle {
  handlers: HandlerTable;
  settings: Settings;
  storage: WorkshopStorage;
  fileWatch: OpenFileWatcher;
  /** Stops watching and releases this instance's recovery journals (the window closed). */
  dispose(): void;
}

/** Composition root of the main process: the same for Electron and for the browser test harness. */
export function createMainServices(options: MainServicesOptions): MainServicesBundle {
  const settings = createSettings(options.store);
  const storage = new WorkshopStorage({ dataDir: options.dataDir, fs: options.fs });
  const events = options.events ?? NO_APP_EVENTS;
  const fileWatch = new OpenFileWatcher({
    changed: (filePath) => storage.changedOnDisk(filePath),
    notify: (filePath) => events.send('workshopFileChanged', { path: filePath }),
  });
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
    window: options.window ?? unsupportedWindowPort,
    pdfEngine: options.pdfEngine ?? NO_PDF_ENGINE,
    opener: options.opener ?? NO_FILE_OPENER,
    storage,
    windowControl: options.windowControl ?? { close: () => undefined },
    fileWatch,
    exampleWorkshopPath: options.exampleWorkshopPath ?? path.resolve('resources', EXAMPLE_WORKSHOP_FILE),
  });
  return {
    handlers,
    settings,
    storage,
    fileWatch,
    dispose: () => {
      fileWatch.stop();
      storage.dispose();
    },
  };
}
