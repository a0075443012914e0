/**
 * The Electron main process: thin glue only. Behaviour lives in plain modules (services/, ipc/, security/)
 * that the unit tests and the browser harness run without Electron.
 */
import { BrowserWindow, Menu, app, dialog, net, protocol, session, shell } from 'electron';
import ElectronStore from 'electron-store';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_EVENT_CHANNEL, MENU_COMMAND_CHANNEL } from '../shared/ipc/method-names';
import type { MenuCommand } from '../shared/menu-commands';
import { senderFromOrigin } from './ipc/dispatch';
import { registerIpcHandlers } from './ipc';
import { createMainServices, EXAMPLE_WORKSHOP_FILE } from './main-services';
import { electronPdfEngine } from './electron-pdf-engine';
import { buildMenuTemplate } from './menu-template';
import { resolveLanguage, translator } from '../shared/i18n';
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from './security/app-origin';
import { CONTENT_SECURITY_POLICY } from './security/content-security-policy';
import { isAllowedNavigation, refusedDebugSwitches, rendererEntry } from './security/launch-policy';
import { PDF_PAGE_CSP, PdfPages } from './security/pdf-pages';
import { resolveStaticFile } from './security/static-files';
import { createCloseGate } from './services/close-gate';
import type { DialogPort } from './services/dialogs';
import { SETTINGS_FILE_NAME } from './services/settings';
import { mainWindowOptions } from './window/window-options';

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

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
}

let mainWindow: BrowserWindow | null = null;
/** Files & recovery (issue 4): a close first asks the renderer, which saves or asks Save / Don't save / Cancel. */
const closeGate = createCloseGate();

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
    event.preventDefault();
    window.webContents.send(MENU_COMMAND_CHANNEL, 'file.close' satisfies MenuCommand);
  });
  window.webContents.on('render-process-gone', () => closeGate.allowClose());
  // Full screen left another way (View ▸ Toggle Full Screen, the window manager): projector mode follows.
  window.on('leave-full-screen', () => window.webContents.send(MENU_COMMAND_CHANNEL, 'view.projector.leave' satisfies MenuCommand));
  void window.loadURL(RENDERER_ENTRY.url);
  return window;
}

function electronDialogs(): DialogPort {
  return {
    async showOpenDialog(options) {
      const settings = { ...options, properties: ['openFile' as const] };
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, settings) : await dialog.showOpenDialog(settings);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async showSaveDialog(options) {
      const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}

void app.whenReady().then(() => {
  const store = new ElectronStore({ name: SETTINGS_FILE_NAME, clearInvalidConfig: true });
  const services = createMainServices({
    appName: app.getName(),
    appVersion: app.getVersion(),
    platform: process.platform,
    dataDir: app.getPath('userData'),
    userDocumentsDir: app.getPath('documents'),
    dialogs: electronDialogs(),
    store,
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
    events: { send: (name, payload) => mainWindow?.webContents.send(APP_EVENT_CHANNEL, name, payload) },
  });
  serveRenderer();
  lockDownSessions();
  const trustedOrigin = RENDERER_ENTRY.devServerOrigin ?? APP_ORIGIN;
  registerIpcHandlers(services.handlers, senderFromOrigin(trustedOrigin));

  const send = (command: MenuCommand) => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
  // The menu speaks the interface language, and is built again when the person picks another one.
  const setMenu = () => {
    const systemLocales = app.getPreferredSystemLanguages();
    const { language } = services.settings.getPreferences();
    const shown = language === 'pseudo' ? 'en' : resolveLanguage(language, systemLocales);
    const t = translator(shown);
    const system = resolveLanguage('system', systemLocales);
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(send, process.platform === 'darwin', { t, system })));
  };
  setMenu();
  services.settings.onPreferencesChanged(setMenu);

  mainWindow = createWindow(services);
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow(services);
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
