import type { AppInfo, IpcMethodName, IpcParsedRequest, IpcResponse } from '../../shared/ipc';
import type { DialogPort } from '../services/dialogs';
import type { PathGrants } from '../services/path-grants';
import type { Settings } from '../services/settings';
import { appHandlers } from './handlers/app-handlers';
import { fileHandlers } from './handlers/file-handlers';
import { windowHandlers } from './handlers/window-handlers';
import { menuHandlers } from './handlers/menu-handlers';
import type { MenuPort } from '../services/menu-port';
import type { WindowPort } from '../services/window-port';
import { exportHandlers } from './handlers/export-handlers';
import { exampleHandlers } from './handlers/example-handlers';
import type { FileOpener } from '../services/file-opener';
import type { PdfEngine } from '../services/pdf-engine';
import { storageHandlers } from './handlers/storage-handlers';
import type { WorkshopStorage } from '../services/workshop-storage';
import type { WindowControl } from '../services/close-gate';
import { hostHandlers } from './handlers/host-handlers';
import type { FilesToOpen } from '../services/files-to-open';
import type { InAppFileChooser } from '../services/file-chooser';
import type { RoomService } from '../services/room/room-service';
import { roomHandlers } from './handlers/room-handlers';
import type { OpenFileWatcher } from '../services/file-watch';

/** What the handlers need from the outside world; built by `createMainServices`. */
export interface MainServices {
  appInfo: AppInfo;
  dialogs: DialogPort;
  settings: Settings;
  grants: PathGrants;
  // — ports added by later features go below, one line each —
  // files & recovery (issue 4)
  storage: WorkshopStorage;
  windowControl: WindowControl;
  // nothing silently overwritten (issue 13): the open file is watched for changes made elsewhere
  fileWatch: Pick<OpenFileWatcher, 'watch'>;
  // window & facilitation (issue 8)
  window: WindowPort;
  // one action registry (issue 14): the menu follows the actions' enabled state
  menu: MenuPort;
  // export & import (issue 9)
  pdfEngine: PdfEngine;
  opener: FileOpener;
  // files from the system, in-app file chooser (issue 12)
  filesToOpen: FilesToOpen;
  fileChooser: InAppFileChooser | null;
  // room mode (issue 17)
  room: RoomService;
  // first run (issue 18): the example workshop shipped with the app (read only, never written)
  exampleWorkshopPath: string;
}

export type Handler<M extends IpcMethodName> = (request: IpcParsedRequest<M>) => Promise<IpcResponse<M>>;
export type HandlerTable = { [M in IpcMethodName]: Handler<M> };

/** The one handler table: registered on ipcMain by the Electron app and bound into the page by the test harness. */
export function createHandlerTable(services: MainServices): HandlerTable {
  return {
    ...appHandlers(services),
    ...fileHandlers(services),
    // — handler groups of later features go below, one line each —
    // files & recovery (issue 4)
    ...storageHandlers(services),
    // window & facilitation (issue 8)
    ...windowHandlers(services),
    // one action registry (issue 14)
    ...menuHandlers(services),
    // export & import (issue 9)
    ...exportHandlers(services),
    // files from the system, in-app file chooser (issue 12)
    ...hostHandlers(services),
    // room mode (issue 17)
    ...roomHandlers(services),
    // first run (issue 18)
    ...exampleHandlers(services),
  };
}
