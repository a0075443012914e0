import path from 'node:path';
import type { DialogPort } from './services/dialogs';
import { NO_FILE_OPENER, type FileOpener } from './services/file-opener';
import { NO_PDF_ENGINE, type PdfEngine } from './services/pdf-engine';
import { PathGrants } from './services/path-grants';
import { createSettings, type KeyValueStore, type Settings } from './services/settings';
import { unsupportedWindowPort, type WindowPort } from './services/window-port';
import { recordingMenuPort, type MenuPort, type RecordedMenu } from './services/menu-port';
import type { WindowControl } from './services/close-gate';
import type { FsPort } from './services/fs-port';
import { WorkshopStorage } from './services/workshop-storage';
import { OpenFileWatcher } from './services/file-watch';
import { createHandlerTable, type HandlerTable } from './ipc/handler-table';
import { FilesToOpen } from './services/files-to-open';
import type { InAppFileChooser } from './services/file-chooser';
import { NO_EVENT_SINK, type EventSink } from '../shared/ipc/events';
import { RoomService } from './services/room/room-service';

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
  /** The application menu (Electron); absent: the state is only recorded (`MainServicesBundle.menu`). */
  menu?: MenuPort;
  /** Export (issue 9): the PDF engine and the "open with the default app" port. */
  pdfEngine?: PdfEngine;
  opener?: FileOpener;
  /** Closes the window once the renderer decided (Electron: through the close gate; harness: closes the page). */
  windowControl?: WindowControl;
  /** The disk; tests inject faults here. */
  fs?: FsPort;
  /** The browser host's file chooser shown by the renderer (also its `dialogs`); absent in Electron. */
  fileChooser?: InAppFileChooser;
  /** Where services push events to the window (`onEvent`); nowhere when absent. */
  events?: EventSink;
  /** Room mode (issue 17): the built renderer folder, which holds the phone page. */
  phoneDir?: string;
  /** The example workshop shipped in `resources/`; defaults to `resources/example-workshop.copstudio` under the working folder. */
  exampleWorkshopPath?: string;
}

export const EXAMPLE_WORKSHOP_FILE = 'example-workshop.copstudio';

export interface MainServicesBundle {
  handlers: HandlerTable;
  settings: Settings;
  storage: WorkshopStorage;
  /** Workshops the system asked to open (command line, open-file, second instance), for the renderer to take. */
  filesToOpen: FilesToOpen;
  room: RoomService;
  fileWatch: OpenFileWatcher;
  /** The menu's enabled state as the renderer pushed it, where the host has no native menu (tests read it). */
  menu: RecordedMenu;
  /** Stops what runs in the background (the room server, the file watcher) and releases this instance's recovery journals. The hosts call it on quit. */
  dispose(): Promise<void>;
}

/** Composition root of the main process: the same for Electron and for the browser test harness. */
export function createMainServices(options: MainServicesOptions): MainServicesBundle {
  const settings = createSettings(options.store);
  const storage = new WorkshopStorage({ dataDir: options.dataDir, fs: options.fs });
  const filesToOpen = new FilesToOpen();
  const events = options.events ?? NO_EVENT_SINK;
  const room = new RoomService({ phoneDir: options.phoneDir ?? '', events });
  const fileWatch = new OpenFileWatcher({
    changed: (filePath) => storage.changedOnDisk(filePath),
    notify: (filePath) => events.send({ name: 'workshop.fileChanged', payload: { path: filePath } }),
  });
  const recordedMenu = recordingMenuPort();
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
    menu: options.menu ?? recordedMenu,
    pdfEngine: options.pdfEngine ?? NO_PDF_ENGINE,
    opener: options.opener ?? NO_FILE_OPENER,
    storage,
    windowControl: options.windowControl ?? { close: () => undefined },
    filesToOpen,
    fileChooser: options.fileChooser ?? null,
    room,
    fileWatch,
    exampleWorkshopPath: options.exampleWorkshopPath ?? path.resolve('resources', EXAMPLE_WORKSHOP_FILE),
  });
  return {
    handlers,
    settings,
    storage,
    filesToOpen,
    room,
    fileWatch,
    menu: recordedMenu,
    dispose: async () => {
      fileWatch.stop();
      storage.dispose();
      await room.dispose();
    },
  };
}
