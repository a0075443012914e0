/**
 * A recording stand-in for the `electron` module, resolved in place of the real one (see `register.mjs`) when the
 * BUILT main bundle (`out/main/index.js`) and preload (`out/preload/index.cjs`) run under plain Node.
 *
 * It records every call (`standIn.calls`) and models the behaviour of Electron 45 that the app's glue relies on.
 * Each modelled behaviour cites where Electron documents it (electronjs.org/docs/latest/api/…, the same text as
 * the `electron.d.ts` shipped in node_modules/electron). The test drives it: `standIn.ready()`, `standIn.emitApp()`,
 * `standIn.invoke()` (a renderer's ipcRenderer.invoke), answers for dialogs, and a PDF print that never answers.
 */
import { EventEmitter } from 'node:events';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const calls = [];
const record = (what, ...args) => calls.push({ what, args });

/** An Electron `Event`: `preventDefault()` and `defaultPrevented`. */
function electronEvent(extra = {}) {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
    ...extra,
  };
}

/**
 * Using a destroyed BrowserWindow or its webContents throws "Object has been destroyed" (Electron's native
 * wrappers; https://www.electronjs.org/docs/latest/api/browser-window#event-closed: "After you have received this
 * event you should remove the reference to the window and avoid using it any more").
 */
function guard(target, isDestroyed, name) {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value = Reflect.get(object, key, receiver);
      if (typeof value !== 'function' || key === 'isDestroyed' || key === 'constructor') return value;
      return (...args) => {
        if (isDestroyed()) throw new TypeError('Object has been destroyed');
        record(`${name}.${String(key)}`, ...args);
        return value.apply(object, args);
      };
    },
  });
}

const state = {
  ready: false,
  readyResolve: null,
  singleInstanceLock: true,
  quitting: false,
  exited: false,
  /** How the next printToPDF answers: 'never' models a print that never ends. */
  printToPdf: 'pdf',
  saveDialogAnswers: [],
  openDialogAnswers: [],
  paths: {},
};

const windows = new Set();
let nextWindowId = 1;

class WebContents extends EventEmitter {
  constructor(owner) {
    super();
    this.owner = owner;
    this.sent = [];
    this.loadedUrl = null;
  }
  /** https://www.electronjs.org/docs/latest/api/web-contents#contentssendchannel-args */
  send(channel, ...args) {
    this.sent.push({ channel, args });
  }
  isCrashed() {
    return false;
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  /** https://www.electronjs.org/docs/latest/api/web-contents#contentsprinttopdfoptions — resolves with the PDF's bytes. */
  printToPDF(options) {
    this.printOptions = options;
    if (state.printToPdf === 'never') return new Promise(() => undefined);
    return Promise.resolve(Buffer.from('%PDF-1.7 stand-in'));
  }
}

class BrowserWindowStandIn extends EventEmitter {
  constructor(options = {}) {
    super();
    this.id = nextWindowId++;
    this.options = options;
    this.destroyed = false;
    this.minimized = false;
    this.visible = Boolean(options.show ?? true);
    const contents = new WebContents(this);
    this.webContents = guard(contents, () => this.destroyed, `window${this.id}.webContents`);
    windows.add(this);
    record('new BrowserWindow', options);
    // https://www.electronjs.org/docs/latest/api/app#event-web-contents-created
    app.emit('web-contents-created', electronEvent(), this.webContents);
    const guarded = guard(this, () => this.destroyed, `window${this.id}`);
    this.guarded = guarded;
    return guarded;
  }
  /** https://www.electronjs.org/docs/latest/api/browser-window#browserwindowgetallwindows */
  static getAllWindows() {
    return [...windows].map((w) => w.guarded);
  }
  isDestroyed() {
    return this.destroyed;
  }
  loadURL(url) {
    this.webContents.loadedUrl = url;
    return Promise.resolve();
  }
  show() {
    this.visible = true;
  }
  focus() {}
  restore() {
    this.minimized = false;
  }
  isMinimized() {
    return this.minimized;
  }
  isMaximized() {
    return false;
  }
  isFullScreen() {
    return false;
  }
  maximize() {}
  setFullScreen() {}
  getNormalBounds() {
    return { x: 10, y: 20, width: 1280, height: 800 };
  }
  /**
   * https://www.electronjs.org/docs/latest/api/browser-window#wincloser — "Try to close the window. This has the
   * same effect as a user manually clicking the close button": 'close' first, which `event.preventDefault()`
   * cancels (https://www.electronjs.org/docs/latest/api/browser-window#event-close), then 'closed'.
   * Returns whether it closed (for the quit model below).
   */
  close() {
    const event = electronEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    finishClosing(this);
    return true;
  }
  /** https://www.electronjs.org/docs/latest/api/browser-window#windestroy — no 'close' event, but 'closed' is guaranteed. */
  destroy() {
    finishClosing(this);
  }
}

/**
 * After a window closes: 'closed', then — when it was the last window and no quit is under way — 'window-all-closed';
 * with no listener for it the app quits (https://www.electronjs.org/docs/latest/api/app#event-window-all-closed:
 * "If you do not subscribe to this event and all windows are closed, the default behavior is to quit the app";
 * during app.quit() it is not emitted).
 */
function finishClosing(window) {
  if (window.destroyed) return;
  window.destroyed = true;
  windows.delete(window);
  record(`window${window.id} closed`);
  window.emit('closed');
  if (windows.size === 0 && !state.quitting) {
    if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed');
    else exit();
  }
}

function exit() {
  if (state.exited) return;
  state.exited = true;
  record('app exited');
}

const APP_PATH = process.cwd();

class App extends EventEmitter {
  /** https://www.electronjs.org/docs/latest/api/app#appispackaged-readonly — false: run from the source tree. */
  isPackaged = false;
  /** https://www.electronjs.org/docs/latest/api/app#appgetapppath — the app's folder (here the repository). */
  getAppPath() {
    return APP_PATH;
  }
  /** https://www.electronjs.org/docs/latest/api/app#apprequestsingleinstancelockadditionaldata */
  requestSingleInstanceLock() {
    record('app.requestSingleInstanceLock');
    return state.singleInstanceLock;
  }
  /**
   * https://www.electronjs.org/docs/latest/api/app#appquit — "Try to close all windows. The before-quit event will
   * be emitted first. If all windows are successfully closed, the will-quit event will be emitted and by default
   * the application will terminate." A window that prevents its 'close' cancels the quit.
   */
  quit() {
    record('app.quit');
    if (state.exited) return;
    const beforeQuit = electronEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    state.quitting = true;
    try {
      for (const window of [...windows]) {
        if (!window.close()) return;
      }
    } finally {
      state.quitting = false;
    }
    const willQuit = electronEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    this.emit('quit');
    exit();
  }
  /** https://www.electronjs.org/docs/latest/api/app#appwhenready — fulfilled when Electron is initialized. */
  whenReady() {
    record('app.whenReady');
    if (state.ready) return Promise.resolve();
    return new Promise((resolve) => {
      const previous = state.readyResolve;
      state.readyResolve = () => {
        previous?.();
        resolve();
      };
    });
  }
  isReady() {
    return state.ready;
  }
  getName() {
    return 'CoP Studio';
  }
  /** https://www.electronjs.org/docs/latest/api/app#appgetpreferredsystemlanguages */
  getPreferredSystemLanguages() {
    return ['en-US'];
  }
  getVersion() {
    return '0.0.0-stand-in';
  }
  /** https://www.electronjs.org/docs/latest/api/app#appgetpathname */
  getPath(name) {
    if (!state.paths[name]) throw new Error(`stand-in: app.getPath('${name}') has no folder`);
    return state.paths[name];
  }
}

const app = new App();

const ipcHandlers = new Map();
/** https://www.electronjs.org/docs/latest/api/ipc-main#ipcmainhandlechannel-listener — one handler per channel. */
const ipcMain = {
  handle(channel, listener) {
    record('ipcMain.handle', channel);
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, listener);
  },
  on(channel) {
    record('ipcMain.on', channel);
  },
};

const protocolHandlers = new Map();
const protocol = {
  /** https://www.electronjs.org/docs/latest/api/protocol#protocolregisterschemesasprivilegedcustomschemes — before 'ready' only. */
  registerSchemesAsPrivileged(schemes) {
    record('protocol.registerSchemesAsPrivileged', schemes);
    if (state.ready) throw new Error('protocol.registerSchemesAsPrivileged must be called before the app is ready');
  },
  /** https://www.electronjs.org/docs/latest/api/protocol#protocolhandlescheme-handler — handler(Request) → Response. */
  handle(scheme, handler) {
    record('protocol.handle', scheme);
    if (!state.ready) throw new Error('protocol.handle must be called after the app is ready');
    protocolHandlers.set(scheme, handler);
  },
};

/** https://www.electronjs.org/docs/latest/api/net#netfetchinput-init — here only file: URLs, read from disk. */
const net = {
  async fetch(url) {
    record('net.fetch', url);
    const file = fileURLToPath(url);
    try {
      return new Response(await fs.readFile(file), { status: 200 });
    } catch {
      return new Response('', { status: 404 });
    }
  },
};

const session = {
  defaultSession: {
    setPermissionRequestHandler(handler) {
      record('session.setPermissionRequestHandler');
      session.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler) {
      record('session.setPermissionCheckHandler');
      session.permissionCheckHandler = handler;
    },
  },
};

let applicationMenu = null;
/** https://www.electronjs.org/docs/latest/api/menu#menubuildfromtemplatetemplate */
const Menu = {
  buildFromTemplate(template) {
    record('Menu.buildFromTemplate');
    /** https://www.electronjs.org/docs/latest/api/menu#menugetmenuitembyidid — here the template item itself. */
    const getMenuItemById = (id, entries = template) => {
      for (const entry of entries) {
        if (entry.id === id) return entry;
        const inside = Array.isArray(entry.submenu) ? getMenuItemById(id, entry.submenu) : null;
        if (inside) return inside;
      }
      return null;
    };
    return { template, getMenuItemById: (id) => getMenuItemById(id) };
  },
  setApplicationMenu(menu) {
    record('Menu.setApplicationMenu');
    applicationMenu = menu;
  },
};

/** https://www.electronjs.org/docs/latest/api/dialog — answers queued by the test; `canceled` when none. */
const dialog = {
  async showSaveDialog(...args) {
    record('dialog.showSaveDialog', args.at(-1));
    const answer = state.saveDialogAnswers.shift();
    return answer ? { canceled: false, filePath: answer } : { canceled: true, filePath: '' };
  },
  async showOpenDialog(...args) {
    record('dialog.showOpenDialog', args.at(-1));
    const answer = state.openDialogAnswers.shift();
    return answer ? { canceled: false, filePaths: [answer] } : { canceled: true, filePaths: [] };
  },
};

const shell = {
  async openPath(filePath) {
    record('shell.openPath', filePath);
    return '';
  },
};

// — the preload's side —
const exposed = new Map();
/** https://www.electronjs.org/docs/latest/api/context-bridge#contextbridgeexposeinmainworldapikey-api */
const contextBridge = {
  exposeInMainWorld(key, api) {
    record('contextBridge.exposeInMainWorld', key);
    exposed.set(key, api);
  },
};
const rendererListeners = new Map();
/** https://www.electronjs.org/docs/latest/api/ipc-renderer */
const ipcRenderer = {
  invoke(channel, ...args) {
    record('ipcRenderer.invoke', channel, ...args);
    return Promise.resolve({ channel, args });
  },
  on(channel, listener) {
    record('ipcRenderer.on', channel);
    if (!rendererListeners.has(channel)) rendererListeners.set(channel, new Set());
    rendererListeners.get(channel).add(listener);
    return ipcRenderer;
  },
  removeListener(channel, listener) {
    record('ipcRenderer.removeListener', channel);
    rendererListeners.get(channel)?.delete(listener);
    return ipcRenderer;
  },
};

/** The test's handle on the stand-in. */
export const standIn = {
  calls,
  state,
  windows: () => [...windows],
  ipcHandlers,
  protocolHandlers,
  exposed,
  rendererListeners,
  applicationMenu: () => applicationMenu,
  ipcRenderer,
  session,
  /** Makes temporary folders for app.getPath. */
  async preparePaths() {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'cop-stand-in-'));
    for (const name of ['userData', 'documents', 'temp', 'home']) {
      state.paths[name] = path.join(root, name);
      await fs.mkdir(state.paths[name], { recursive: true });
    }
    return root;
  },
  /** Electron finished initialising: 'ready', then whenReady() is fulfilled (https://www.electronjs.org/docs/latest/api/app#event-ready). */
  async ready() {
    state.ready = true;
    app.emit('ready', electronEvent(), {});
    state.readyResolve?.();
    // Let the whenReady() continuations run.
    for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
  },
  emitApp(event, ...args) {
    const e = electronEvent();
    app.emit(event, e, ...args);
    return e;
  },
  /** A renderer's `ipcRenderer.invoke(channel, payload)` from a frame at `senderUrl` (event.senderFrame.url). */
  invoke(channel, payload, senderUrl = 'app://cop-studio/index.html') {
    const handler = ipcHandlers.get(channel);
    if (!handler) throw new Error(`stand-in: no handler for ${channel}`);
    return handler({ senderFrame: { url: senderUrl } }, payload);
  },
};

const electron = {
  app,
  BrowserWindow: BrowserWindowStandIn,
  ipcMain,
  protocol,
  net,
  session,
  Menu,
  dialog,
  shell,
  contextBridge,
  ipcRenderer,
};
globalThis.__copStudioElectronStandIn = electron;

export { app, BrowserWindowStandIn as BrowserWindow, ipcMain, protocol, net, session, Menu, dialog, shell, contextBridge, ipcRenderer };
export default electron;
