/**
 * The Electron main process: thin glue only. Behaviour lives in plain modules (services/, ipc/, security/)
 * that the unit tests and the browser harness run without Electron.
 */
import { BrowserWindow, Menu, app, dialog, net, protocol, session, shell } from 'electron';
import ElectronStore from 'electron-store';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MENU_COMMAND_CHANNEL } from '../shared/ipc/channels';
import { APP_EVENT_CHANNEL } from '../shared/ipc/event-names';
import type { MenuCommand } from '../shared/menu-commands';
import type { HostCommand } from '../shared/ipc/host-types';
import { senderFromOrigin } from './ipc/dispatch';
import { registerIpcHandlers } from './ipc';
import { createMainServices, EXAMPLE_WORKSHOP_FILE } from './main-services';
import { electronPdfEngine } from './electron-pdf-engine';
import { buildMenuTemplate } from './menu-template';
import { resolveLanguage, translator, type Translate } from '../shared/i18n';
import { translateDialogOptions } from './dialog-language';
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from './security/app-origin';
import { CONTENT_SECURITY_POLICY } from './security/content-security-policy';
import { isAllowedNavigation, refusedDebugSwitches, rendererEntry } from './security/launch-policy';
import { PDF_PAGE_CSP, PdfPages } from './security/pdf-pages';
import { resolveStaticFile } from './security/static-files';
import { createCloseGate } from './services/close-gate';
import type { DialogPort } from './services/dialogs';
import type { MenuPort } from './services/menu-port';
import { SETTINGS_FILE_NAME } from './services/settings';
import { mainWindowOptions } from './window/window-options';
import { workshopPathsIn } from './services/files-to-open';

const RENDERER_DIR = path.join(import.meta.dirname, '../renderer');
const PRELOAD_PATH = path.join(import.meta.dirname, '../preload/index.cjs');
// The dev server only in an unpackaged build: a packaged one ignores ELECTRON_RENDERER_URL.
const RENDERER_ENTRY = rendererEntry(process.env, app.isPackaged);
const pdfPages = new PdfPages();

// A packaged build refuses debugging switches (--remote-debugging-port, --inspect…): it quits at once.
if (refusedDebugSwitches(process.argv, app.isPackaged).length > 0) {
  app.commandLine.removeSwitch('remote-debugging-port');
  app.exit(1);
}

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

/**
 * One instance: a second start hands its command line to this one ('second-instance') and quits without setting
 * anything up (https://www.electronjs.org/docs/latest/api/app#apprequestsingleinstancelockadditionaldata).
 */
const isPrimaryInstance = app.requestSingleInstanceLock();
if (!isPrimaryInstance) app.quit();

let mainWindow: BrowserWindow | null = null;
let services: ReturnType<typeof createMainServices> | null = null;
/** Files & recovery (issue 4): a close first asks the renderer, which saves or asks Save / Don't save / Cancel. */
const closeGate = createCloseGate();
/** Set by 'before-quit' (Cmd+Q, File ▸ Exit, app.quit): the close it causes is a quit. */
let quitRequested = false;
/** The renderer was asked because of a quit: once it lets the window close, the app quits (also on macOS). */
let quitAsked = false;
/** Workshops the system asked to open before the services existed (macOS 'open-file' comes before 'ready'). */
const filesBeforeReady: string[] = [];

/** A workshop from the system: queued for the renderer, which takes it after its unsaved-changes question. */
function openFromSystem(filePath: string): void {
  if (!services) {
    filesBeforeReady.push(filePath);
    return;
  }
  services.filesToOpen.offer(filePath);
  if (mainWindow) mainWindow.webContents.send(MENU_COMMAND_CHANNEL, 'host.openFromSystem' satisfies HostCommand);
  else if (app.isReady()) mainWindow = createWindow(services);
}

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const pdfPage = new URL(request.url).host === APP_HOST ? pdfPages.take(request.url) : null;
    if (pdfPage !== null) {
      return new Response(pdfPage, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PDF_PAGE_CSP } });
    }
    const file = new URL(request.url).host === APP_HOST ? resolveStaticFile(request.url, RENDERER_DIR) : null;
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file.filePath).toString());
    return new Response(response.body, {
      status: response.status,
      headers: { 'Content-Type': file.mimeType, 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    });
  });
}

function lockDownSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url, RENDERER_ENTRY.devServerOrigin)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

function createWindow(services: ReturnType<typeof createMainServices>): BrowserWindow {
  const bounds = services.settings.getWindowBounds();
  const window = new BrowserWindow(mainWindowOptions({ preloadPath: PRELOAD_PATH, bounds, packaged: app.isPackaged }));
  closeGate.reset();
  if (bounds?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  const rememberBounds = () => {
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    services.settings.setWindowBounds({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  };
  window.on('resize', rememberBounds);
  window.on('move', rememberBounds);
  window.on('close', rememberBounds);
  window.on('close', (event) => {
    if (closeGate.onCloseRequested() || window.webContents.isCrashed()) return;
    // Electron cancels a quit whose window close is prevented: the quit goes on once the renderer agreed (below).
    quitAsked = quitRequested;
    quitRequested = false;
    event.preventDefault();
    window.webContents.send(MENU_COMMAND_CHANNEL, 'file.close' satisfies MenuCommand);
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    // On macOS closing the window keeps the app running, unless the close was a quit (Cmd+Q); elsewhere closing
    // the window quits, even while a hidden window (a PDF being printed) is still there.
    const quit = quitAsked || process.platform !== 'darwin';
    quitAsked = false;
    if (quit) app.quit();
  });
  window.webContents.on('render-process-gone', () => closeGate.allowClose());
  // Full screen left another way (View ▸ Toggle Full Screen, the window manager): projector mode follows.
  window.on('leave-full-screen', () => window.webContents.send(MENU_COMMAND_CHANNEL, 'view.projector.leave' satisfies MenuCommand));
  void window.loadURL(RENDERER_ENTRY.url);
  return window;
}

/** Translates in the interface language; set with the menu, which is rebuilt when the language changes. */
let interfaceTranslate: Translate = translator('en');

/** The application menu, and its items' enabled state as the renderer last pushed it (`setMenuEnabled`). */
let applicationMenu: Menu | null = null;
const menuEnabled: Partial<Record<MenuCommand, boolean>> = {};

const electronMenu: MenuPort = {
  setEnabled(items) {
    for (const { id, enabled } of items) {
      menuEnabled[id] = enabled;
      const item = applicationMenu?.getMenuItemById(id) ?? null;
      if (item) item.enabled = enabled;
    }
  },
};

function electronDialogs(): DialogPort {
  return {
    async showOpenDialog(request) {
      const options = translateDialogOptions(request, interfaceTranslate);
      const settings = { ...options, properties: ['openFile' as const] };
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, settings) : await dialog.showOpenDialog(settings);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async showSaveDialog(request) {
      const options = translateDialogOptions(request, interfaceTranslate);
      const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}

function onReady(): void {
  const store = new ElectronStore({ name: SETTINGS_FILE_NAME, clearInvalidConfig: true });
  const ready = createMainServices({
    appName: app.getName(),
    appVersion: app.getVersion(),
    platform: process.platform,
    dataDir: app.getPath('userData'),
    userDocumentsDir: app.getPath('documents'),
    dialogs: electronDialogs(),
    store,
    menu: electronMenu,
    window: {
      async setFullScreen(fullScreen) {
        if (!mainWindow || mainWindow.isDestroyed()) return { supported: true, fullScreen: false };
        mainWindow.setFullScreen(fullScreen);
        return { supported: true, fullScreen };
      },
    },
    pdfEngine: electronPdfEngine(pdfPages),
    // Packaged: copied next to app.asar by electron-builder's extraResources; in development: the repo's resources/.
    exampleWorkshopPath: app.isPackaged
      ? path.join(process.resourcesPath, EXAMPLE_WORKSHOP_FILE)
      : path.join(app.getAppPath(), 'resources', EXAMPLE_WORKSHOP_FILE),
    opener: { openPath: (filePath) => shell.openPath(filePath) },
    windowControl: {
      close: () => {
        closeGate.allowClose();
        mainWindow?.close();
      },
    },
    events: {
      send: (event) => {
        if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(APP_EVENT_CHANNEL, event);
      },
    },
    phoneDir: RENDERER_DIR,
  });
  // Room mode (issue 17): nothing keeps listening once the app quits.
  app.on('will-quit', () => void ready.dispose());
  serveRenderer();
  lockDownSessions();
  const trustedOrigin = RENDERER_ENTRY.devServerOrigin ?? APP_ORIGIN;
  registerIpcHandlers(ready.handlers, senderFromOrigin(trustedOrigin));

  services = ready;
  // A workshop named on the command line (Windows, Linux: a double-clicked file) or sent before 'ready' (macOS).
  for (const file of [...workshopPathsIn(process.argv.slice(1), process.cwd()), ...filesBeforeReady.splice(0)])
    ready.filesToOpen.offer(file);

  // On macOS the app lives on with no window: a menu command then brings one back.
  const send = (command: MenuCommand) => {
    // A quit the person cancelled (Cancel in the unsaved-changes question) is over once they use the menu again.
    quitAsked = false;
    if (mainWindow) mainWindow.webContents.send(MENU_COMMAND_CHANNEL, command);
    else mainWindow = createWindow(ready);
  };
  // The menu speaks the interface language, and is built again when the person picks another one.
  // The menu's items follow the renderer's actions (enabled or not); kept to build the menu again in another language.
  const setMenu = () => {
    const systemLocales = app.getPreferredSystemLanguages();
    const { language } = ready.settings.getPreferences();
    const shown = language === 'pseudo' ? 'en' : resolveLanguage(language, systemLocales);
    const t = translator(shown);
    interfaceTranslate = t;
    const system = resolveLanguage('system', systemLocales);
    applicationMenu = Menu.buildFromTemplate(buildMenuTemplate(send, process.platform === 'darwin', { t, system }, menuEnabled));
    Menu.setApplicationMenu(applicationMenu);
  };
  setMenu();
  ready.settings.onPreferencesChanged(setMenu);

  mainWindow = createWindow(ready);
  // Emitted after 'ready' (https://www.electronjs.org/docs/latest/api/app#event-second-instance).
  app.on('second-instance', (_event, argv, workingDirectory) => {
    workshopPathsIn(argv.slice(1), workingDirectory).forEach(openFromSystem);
    if (!mainWindow) mainWindow = createWindow(ready);
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('activate', () => {
    if (!mainWindow) mainWindow = createWindow(ready);
  });
}

if (isPrimaryInstance) {
  // macOS: a file opened from the Finder, the Dock or `open`; listened to before 'ready', as the file that
  // launches the app comes that early (https://www.electronjs.org/docs/latest/api/app#event-open-file-macos).
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openFromSystem(filePath);
  });
  // Cmd+Q (https://www.electronjs.org/docs/latest/api/app#event-before-quit): the window's close that follows is a quit.
  app.on('before-quit', () => {
    quitRequested = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(onReady);
}
