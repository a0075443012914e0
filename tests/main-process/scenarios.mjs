/**
 * Scenarios run in a fresh Node process each (`run-scenario.mjs`), with the stand-in for `electron` in place, against
 * the BUILT main bundle and preload. Each returns plain data that `main-process.test.ts` checks.
 */
import { promises as fs, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { standIn } from './stand-in/electron-stand-in.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = pathToFileURL(path.join(ROOT, 'out/main/index.js')).href;
const PRELOAD = path.join(ROOT, 'out/preload/index.cjs');
const MENU_CHANNEL = 'cop-studio:menu-command';
const APP_PAGE = 'app://cop-studio/index.html';

/** Lets pending promise continuations and I/O callbacks run, a bounded number of turns. */
async function settle(turns = 20) {
  for (let i = 0; i < turns; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

const realSetTimeout = globalThis.setTimeout;
/** Waits until `check()` is true, polling; gives up after a generous bound (a hang, not slowness). Returns whether it became true. */
async function until(check, boundMs = 30_000) {
  const end = Date.now() + boundMs;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((resolve) => realSetTimeout(resolve, 5));
  }
  return check();
}

async function boot() {
  await import(MAIN);
  await standIn.ready();
  return standIn.windows()[0] ?? null;
}

const renderer = (method, payload, sender = APP_PAGE) => standIn.invoke(`cop-studio:${method}`, payload, sender);
const commandsSentTo = (window) => window.webContents.sent.filter((m) => m.channel === MENU_CHANNEL).map((m) => m.args[0]);
const appExited = () => standIn.calls.some((c) => c.what === 'app exited');
/** Runs `action`, returning the error message it throws (Electron's "Object has been destroyed"), or null. */
function attempt(action) {
  try {
    action();
    return null;
  } catch (error) {
    return String(error?.message ?? error);
  }
}

function menuItems(template) {
  const items = [];
  const walk = (entries, trail) => {
    for (const entry of entries) {
      const label = entry.label ?? entry.role ?? entry.type;
      if (Array.isArray(entry.submenu)) walk(entry.submenu, [...trail, label]);
      else
        items.push({
          path: [...trail, label].join(' ▸ '),
          id: entry.id,
          enabled: entry.enabled,
          accelerator: entry.accelerator,
          registerAccelerator: entry.registerAccelerator,
          role: entry.role,
          click: entry.click,
        });
    }
  };
  walk(template, []);
  return items;
}

export const scenarios = {
  async startup() {
    const window = await boot();
    const wc = window.webContents;
    const openHandler = wc.windowOpenHandler?.({ url: 'https://example.com' });
    const navigate = (url) => {
      const event = {
        defaultPrevented: false,
        preventDefault() {
          this.defaultPrevented = true;
        },
      };
      wc.emit('will-navigate', event, url);
      return event.defaultPrevented;
    };
    let permission = null;
    standIn.session.permissionRequestHandler?.(wc, 'media', (granted) => (permission = granted));
    return {
      whenReadyCalled: standIn.calls.some((c) => c.what === 'app.whenReady'),
      privilegedSchemes: standIn.calls.find((c) => c.what === 'protocol.registerSchemesAsPrivileged')?.args[0],
      protocolSchemes: [...standIn.protocolHandlers.keys()],
      windows: standIn.windows().length,
      windowOptions: window.options,
      preloadExists: existsSync(window.options.webPreferences.preload),
      loadedUrl: wc.loadedUrl,
      menuSet: Boolean(standIn.applicationMenu()),
      permissionHandlers: standIn.calls.filter((c) => c.what.startsWith('session.')).map((c) => c.what),
      windowOpen: openHandler,
      navigationToOtherSitePrevented: navigate('https://evil.example/'),
      navigationInsideAppPrevented: navigate('app://cop-studio/index.html#x'),
      permission,
    };
  },

  async protocol() {
    await boot();
    const handler = standIn.protocolHandlers.get('app');
    const assets = readdirSync(path.join(ROOT, 'out/renderer/assets'));
    const js = assets.find((f) => f.endsWith('.js'));
    const css = assets.find((f) => f.endsWith('.css'));
    const urls = {
      index: 'app://cop-studio/index.html',
      root: 'app://cop-studio/',
      js: `app://cop-studio/assets/${js}`,
      css: `app://cop-studio/assets/${css}`,
      outside: 'app://cop-studio/%2e%2e/%2e%2e/package.json',
      outsideEncodedSlash: 'app://cop-studio/..%2f..%2fpackage.json',
      otherHost: 'app://other-host/index.html',
      missing: 'app://cop-studio/nope.html',
    };
    const results = {};
    for (const [name, url] of Object.entries(urls)) {
      const response = await handler(new Request(url));
      const body = await response.text();
      results[name] = {
        status: response.status,
        type: response.headers.get('content-type'),
        csp: response.headers.get('content-security-policy'),
        leaked: body.includes('"name": "cop-studio"'),
        startsWith: body.slice(0, 15),
      };
    }
    return results;
  },

  async ipc() {
    await boot();
    const channels = [...standIn.ipcHandlers.keys()];
    const fromElsewhere = {};
    for (const channel of channels) {
      const method = channel.replace('cop-studio:', '');
      fromElsewhere[method] = (await renderer(method, undefined, 'https://evil.example/')).error?.code ?? 'accepted';
    }
    return {
      channels,
      fromElsewhere,
      fromOtherAppHost: (await renderer('getAppInfo', undefined, 'app://other/index.html')).error?.code ?? 'accepted',
      fromFileUrl: (await renderer('getAppInfo', undefined, 'file:///etc/passwd')).error?.code ?? 'accepted',
      fromNoFrame: (await standIn.ipcHandlers.get('cop-studio:getAppInfo')({ senderFrame: null })).error?.code ?? 'accepted',
      fromApp: await renderer('getAppInfo'),
      malformed: (await renderer('setFullScreen', { fullScreen: 'yes' })).error?.code,
      chooserRefused: (await renderer('listChooserFolder', { path: '/' })).error?.code,
    };
  },

  async menu() {
    await boot();
    const items = menuItems(standIn.applicationMenu().template);
    const window = standIn.windows()[0];
    const clicked = [];
    for (const item of items.filter((i) => i.click)) {
      const before = commandsSentTo(window).length;
      item.click();
      clicked.push({ path: item.path, command: commandsSentTo(window)[before] ?? null });
    }
    return {
      items: items.map(({ click, ...rest }) => ({ ...rest, clickable: Boolean(click) })),
      clicked,
    };
  },

  /** The renderer pushes its actions' enabled state; the menu's items follow by id, also after a rebuild in another language. */
  async menuEnabled() {
    await boot();
    const item = (id) => menuItems(standIn.applicationMenu().template).find((i) => i.id === id);
    const before = { delete: item('canvas.delete').enabled, save: item('file.save').enabled };
    const answer = await renderer('setMenuEnabled', {
      items: [
        { id: 'canvas.delete', enabled: false },
        { id: 'canvas.duplicate', enabled: false },
      ],
    });
    const after = { delete: item('canvas.delete').enabled, duplicate: item('canvas.duplicate').enabled, save: item('file.save').enabled };
    const unknownId = (await renderer('setMenuEnabled', { items: [{ id: 'canvas.explode', enabled: false }] })).error?.code;
    const notBoolean = (await renderer('setMenuEnabled', { items: [{ id: 'canvas.delete', enabled: 'no' }] })).error?.code;
    await renderer('setPreferences', { language: 'fr' });
    await settle();
    const rebuilt = { path: item('canvas.delete').path, delete: item('canvas.delete').enabled, save: item('file.save').enabled };
    await renderer('setMenuEnabled', { items: [{ id: 'canvas.delete', enabled: true }] });
    return { before, answer, after, unknownId, notBoolean, rebuilt, enabledAgain: item('canvas.delete').enabled };
  },

  /** Closing the window (its close button, Ctrl+W): the renderer is asked once, then the window closes and the app quits (not on macOS). */
  async closeWindow() {
    const window = await boot();
    const closedAtOnce = window.close();
    const asked = commandsSentTo(window).filter((c) => c === 'file.close').length;
    const answer = await renderer('closeWindow');
    await settle();
    return { closedAtOnce, asked, answer, destroyed: window.isDestroyed(), exited: appExited(), windows: standIn.windows().length };
  },

  /** Quitting (Cmd+Q, File ▸ Exit, app.quit()): asks the renderer once, then quits once it agreed. */
  async quit() {
    const window = await boot();
    // Cmd+Q: the stand-in's app.quit() models before-quit → each window's close → will-quit → quit.
    (await import('./stand-in/electron-stand-in.mjs')).app.quit();
    const exitedAtOnce = appExited();
    const asked = commandsSentTo(window).filter((c) => c === 'file.close').length;
    await renderer('closeWindow');
    await settle();
    return { exitedAtOnce, asked, destroyed: window.isDestroyed(), exited: appExited() };
  },

  /** macOS: the window closed, the app lives on; a second start, a menu click and the Dock icon must not throw. */
  async afterWindowClosed() {
    const window = await boot();
    window.close();
    await renderer('closeWindow');
    await settle();
    const errors = [];
    const file = path.join(process.env.SCENARIO_DIR, 'from-second-instance.copstudio');
    const secondInstance = attempt(() =>
      standIn.emitApp('second-instance', ['/Applications/CoP Studio.app/Contents/MacOS/CoP Studio', file], '/'),
    );
    if (secondInstance) errors.push(`second-instance: ${secondInstance}`);
    const windowsAfterSecondInstance = standIn.windows().length;
    const save = menuItems(standIn.applicationMenu().template).find((i) => i.path.endsWith('&Save'));
    const menuClick = attempt(() => save.click());
    if (menuClick) errors.push(`menu: ${menuClick}`);
    const activate = attempt(() => standIn.emitApp('activate', true));
    if (activate) errors.push(`activate: ${activate}`);
    const current = standIn.windows()[0];
    return {
      firstWindowDestroyed: window.isDestroyed(),
      exited: appExited(),
      errors,
      windowsAfterSecondInstance,
      windows: standIn.windows().length,
      taken: current ? (await renderer('takeFileToOpen')).value : null,
      savedSentToNewWindow: current ? commandsSentTo(current) : [],
    };
  },

  /** Windows, Linux: a workshop on the command line, then a second instance with another one. */
  async commandLineAndSecondInstance() {
    const dir = process.env.SCENARIO_DIR;
    const workshop = await fs.readFile(process.env.WORKSHOP_FILE, 'utf8');
    await fs.writeFile(path.join(dir, 'first.copstudio'), workshop);
    await fs.writeFile(path.join(dir, 'second.copstudio'), workshop);
    process.chdir(dir);
    process.argv = ['/opt/CoP Studio/cop-studio', '--no-sandbox', 'first.copstudio'];
    const window = await boot();
    const first = (await renderer('takeFileToOpen')).value;
    const opened = await renderer('openRecentWorkshop', { path: first });
    const nothingMore = (await renderer('takeFileToOpen')).value;
    standIn.emitApp('second-instance', ['/opt/CoP Studio/cop-studio', 'second.copstudio'], dir);
    const commands = commandsSentTo(window);
    const second = (await renderer('takeFileToOpen')).value;
    const secondOpened = await renderer('openRecentWorkshop', { path: second });
    const notGranted = await renderer('openRecentWorkshop', { path: path.join(dir, 'other.copstudio') });
    return {
      first,
      openedOk: opened.ok,
      nothingMore,
      commands,
      second,
      secondOpenedOk: secondOpened.ok,
      notGranted: notGranted.error?.code,
      windows: standIn.windows().length,
    };
  },

  /** macOS: 'open-file' before 'ready' (the file that launched the app) and after it. */
  async openFile() {
    const dir = process.env.SCENARIO_DIR;
    const early = path.join(dir, 'early.copstudio');
    const late = path.join(dir, 'late.copstudio');
    const afterClose = path.join(dir, 'after-close.copstudio');
    await import(MAIN);
    const earlyEvent = standIn.emitApp('open-file', early);
    await standIn.ready();
    const window = standIn.windows()[0];
    const takenEarly = (await renderer('takeFileToOpen')).value;
    const lateEvent = standIn.emitApp('open-file', late);
    const commands = commandsSentTo(window);
    const takenLate = (await renderer('takeFileToOpen')).value;
    // The window closed (macOS keeps the app): a file opened from the Finder brings a window back.
    window.close();
    await renderer('closeWindow');
    await settle();
    const error = attempt(() => standIn.emitApp('open-file', afterClose));
    const takenAfterClose = standIn.windows().length === 1 ? (await renderer('takeFileToOpen')).value : null;
    return {
      earlyPrevented: earlyEvent.defaultPrevented,
      latePrevented: lateEvent.defaultPrevented,
      takenEarly,
      takenLate,
      commands,
      error,
      windows: standIn.windows().length,
      takenAfterClose,
    };
  },

  /** Another instance holds the lock: quit, and set nothing up. */
  async singleInstanceLost() {
    standIn.state.singleInstanceLock = false;
    await import(MAIN);
    await standIn.ready();
    await settle();
    return {
      quitCalled: standIn.calls.some((c) => c.what === 'app.quit'),
      exited: appExited(),
      windows: standIn.calls.filter((c) => c.what === 'new BrowserWindow').length,
      protocolHandlers: standIn.protocolHandlers.size,
      ipcHandlers: standIn.ipcHandlers.size,
      menu: Boolean(standIn.applicationMenu()),
    };
  },

  /** A PDF print that never answers: given up after about a minute, cleaned up, told to the user; the app can still exit. */
  async pdfTimeout() {
    const dir = process.env.SCENARIO_DIR;
    const workshop = JSON.parse(await fs.readFile(process.env.WORKSHOP_FILE, 'utf8'));
    const window = await boot();
    standIn.state.printToPdf = 'never';
    const target = path.join(dir, 'summary.pdf');
    standIn.state.saveDialogAnswers.push(target);
    // The clock: timers of 30 s or more are kept to be fired by hand; shorter ones run as usual.
    const longTimers = [];
    globalThis.setTimeout = (fn, ms, ...args) => {
      if (ms >= 30_000) {
        const timer = {
          fn,
          ms,
          args,
          cleared: false,
          unref() {
            return timer;
          },
          ref() {
            return timer;
          },
          hasRef: () => false,
          [Symbol.toPrimitive]: () => -1,
        };
        longTimers.push(timer);
        return timer;
      }
      return realSetTimeout(fn, ms, ...args);
    };
    const realClearTimeout = globalThis.clearTimeout;
    globalThis.clearTimeout = (timer) => {
      if (longTimers.includes(timer)) timer.cleared = true;
      else realClearTimeout(timer);
    };
    let outcome = null;
    void renderer('exportSummaryPdf', { workshop, suggestedName: 'Summary', pageSize: 'A4' }).then((result) => (outcome = result));
    const printing = await until(() => standIn.windows().some((w) => w.webContents.printOptions));
    const hidden = standIn.windows().find((w) => w !== window);
    // The summary is served from memory on app:// (never a file:// page): after the timeout it is gone.
    const pageUrl = hidden?.webContents.loadedUrl ?? null;
    const pending = longTimers.filter((t) => !t.cleared);
    for (const timer of pending) timer.fn(...timer.args);
    // Without a bound on the print, nothing ever answers: wait a little (a real wait, not the minute), then report.
    const answered = pending.length > 0 ? await until(() => outcome !== null) : await until(() => outcome !== null, 2_000);
    await settle();
    const afterExport = {
      printing,
      timerMs: pending.map((t) => t.ms),
      answered,
      outcome,
      hiddenWindowDestroyed: hidden ? hidden.isDestroyed() : null,
      pageFromMemory: pageUrl ? pageUrl.startsWith('app://') : null,
      pageDropped: pageUrl ? (await standIn.protocolHandlers.get('app')(new Request(pageUrl))).status === 404 : null,
      pdfWritten: existsSync(target),
      windows: standIn.windows().length,
    };
    // The last visible window closes: the app exits.
    window.close();
    await renderer('closeWindow');
    await settle();
    return { ...afterExport, exitedAfterClose: appExited() };
  },

  /** The sandboxed preload: one function per IPC method plus onMenuCommand on window.copStudio, never ipcRenderer. */
  async preload() {
    const require = createRequire(import.meta.url);
    require(PRELOAD);
    const exposedKeys = [...standIn.exposed.keys()];
    const api = standIn.exposed.get('copStudio');
    const keys = Object.keys(api);
    const types = [...new Set(keys.map((k) => typeof api[k]))];
    const leaks = keys.filter(
      (k) => api[k] === standIn.ipcRenderer || api[k] === standIn.ipcRenderer.invoke || api[k] === standIn.ipcRenderer.on,
    );
    const invoked = await api.getAppInfo();
    const withPayload = await api.setFullScreen({ fullScreen: true });
    const received = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    const listeners = [...(standIn.rendererListeners.get(MENU_CHANNEL) ?? [])];
    for (const listener of listeners) {
      listener({ sender: 'main' }, 'file.save');
      listener({ sender: 'main' }, 42);
    }
    unsubscribe();
    const listenersAfter = standIn.rendererListeners.get(MENU_CHANNEL)?.size ?? 0;
    return { exposedKeys, keys, types, leaks, invoked, withPayload, received, listenersBefore: listeners.length, listenersAfter };
  },
};
