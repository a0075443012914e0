/**
 * The Electron main process, BUILT (`out/main/index.js`, `out/preload/index.cjs`), run under plain Node with a
 * recording stand-in resolved in place of `electron` (tests/main-process/stand-in/). Each scenario runs in a fresh
 * process (`run-scenario.mjs`), as the main bundle keeps its state in module scope. Needs the build: `npm test`
 * builds first.
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { IPC_METHOD_NAMES, channelOf } from '../../shared/ipc';
import { MENU_COMMANDS } from '../../shared/menu-commands';
import { CONTENT_SECURITY_POLICY } from '../../electron/security/content-security-policy';
import { runBuiltScenario, tempDataDir, workshopFile as writeWorkshopFile, type ScenarioOutput } from '../harness/main-process';
import { realisticWorkshop } from '../fixtures/realistic-workshop';

const ROOT = path.resolve(import.meta.dirname, '../..');
let workshopFile = '';

/** Runs one scenario against the built main process (the shared harness), with this file's workshop file. */
const run = <T = Record<string, any>>(name: string, platform: NodeJS.Platform = 'linux'): Promise<ScenarioOutput<T>> =>
  runBuiltScenario<T>(name, { platform, env: { WORKSHOP_FILE: workshopFile } });

beforeAll(async () => {
  for (const built of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
    if (!existsSync(path.join(ROOT, built))) throw new Error(`${built} is missing: run "npm run build" first (npm test builds).`);
  }
  workshopFile = await writeWorkshopFile(await tempDataDir('cop-main-'), realisticWorkshop());
});

describe('start-up', () => {
  test('whenReady runs to the end: app:// protocol, locked-down session, one secure window on the app page, the menu', async () => {
    const { data, uncaught, consoleErrors } = await run('startup');
    expect(uncaught).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(data.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(data.protocolSchemes).toEqual(['app']);
    expect(data.windows).toBe(1);
    expect(data.loadedUrl).toBe('app://cop-studio/index.html');
    expect(data.menuSet).toBe(true);
    expect(data.windowOptions.show).toBe(false);
    expect(data.windowOptions.webPreferences).toMatchObject({
      preload: path.join(ROOT, 'out/preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(data.preloadExists).toBe(true);
    expect(data.permissionHandlers).toEqual(['session.setPermissionRequestHandler', 'session.setPermissionCheckHandler']);
    expect(data.permission).toBe(false);
    expect(data.windowOpen).toEqual({ action: 'deny' });
    expect(data.navigationToOtherSitePrevented).toBe(true);
    expect(data.navigationInsideAppPrevented).toBe(false);
  });

  test('when another instance holds the single-instance lock, it quits and sets nothing up', async () => {
    const { data, uncaught } = await run('singleInstanceLost');
    expect(uncaught).toEqual([]);
    expect(data).toEqual({ quitCalled: true, exited: true, windows: 0, protocolHandlers: 0, ipcHandlers: 0, menu: false });
  });
});

describe('the app:// protocol', () => {
  test('serves the built renderer with the right MIME types and the CSP header, and nothing outside it', async () => {
    const { data } = await run('protocol');
    for (const [name, type] of [
      ['index', 'text/html; charset=utf-8'],
      ['root', 'text/html; charset=utf-8'],
      ['js', 'text/javascript; charset=utf-8'],
      ['css', 'text/css; charset=utf-8'],
    ] as const) {
      expect({ name, status: data[name].status, type: data[name].type, csp: data[name].csp }).toEqual({
        name,
        status: 200,
        type,
        csp: CONTENT_SECURITY_POLICY,
      });
    }
    expect(data.index.startsWith).toBe('<!doctype html>');
    for (const name of ['outside', 'outsideEncodedSlash', 'otherHost', 'missing']) {
      expect({ name, status: data[name].status, leaked: data[name].leaked }).toEqual({ name, status: 404, leaked: false });
    }
  });
});

describe('IPC', () => {
  test('every channel of the contract is registered once, and refuses any sender but the app page', async () => {
    const { data } = await run('ipc');
    expect(data.channels).toEqual(IPC_METHOD_NAMES.map(channelOf));
    expect(Object.values(data.fromElsewhere).every((code) => code === 'untrusted-sender')).toBe(true);
    expect(Object.keys(data.fromElsewhere)).toHaveLength(IPC_METHOD_NAMES.length);
    expect([data.fromOtherAppHost, data.fromFileUrl, data.fromNoFrame]).toEqual([
      'untrusted-sender',
      'untrusted-sender',
      'untrusted-sender',
    ]);
    expect(data.fromApp).toMatchObject({ ok: true, value: { name: 'CoP Studio' } });
    expect(data.malformed).toBe('invalid-request');
    // Electron has native dialogs: the in-app chooser's folder listing is refused.
    expect(data.chooserRefused).toBe('not-allowed');
  });
});

describe('the menu', () => {
  const plainKey = (accelerator: string) => !/(CmdOrCtrl|CommandOrControl|Cmd|Command|Ctrl|Control)\+/i.test(accelerator);

  test.each(['linux', 'win32'] as const)(
    '%s: every command has its item; plain-key accelerators are shown but not registered',
    async (platform) => {
      const { data } = await run('menu', platform);
      expect(data.clicked.map((c: { command: string }) => c.command).sort()).toEqual([...MENU_COMMANDS].sort());
      const plain = data.items.filter((i: { accelerator?: string }) => i.accelerator && plainKey(i.accelerator));
      expect(plain.map((i: { path: string }) => i.path)).toEqual(
        expect.arrayContaining(['&Canvas ▸ Add &Note', '&View ▸ &Leave Projector Mode', '&Help ▸ &Keyboard Shortcuts']),
      );
      expect(plain.filter((i: { registerAccelerator?: boolean }) => i.registerAccelerator !== false)).toEqual([]);
    },
  );

  test('macOS: no menu item registers a plain key (registerAccelerator is ignored there), so typing stays typing', async () => {
    const { data } = await run('menu', 'darwin');
    expect(data.clicked.map((c: { command: string }) => c.command).sort()).toEqual([...MENU_COMMANDS].sort());
    // The application menu comes first, item by item so that each label speaks the interface language.
    expect(data.items[0]).toMatchObject({ role: 'about', path: 'CoP Studio ▸ About CoP Studio' });
    expect(data.items.filter((i: { accelerator?: string }) => i.accelerator && plainKey(i.accelerator))).toEqual([]);
    // Keys with Cmd stay in the menu.
    expect(data.items.find((i: { path: string }) => i.path === '&File ▸ &Save')).toMatchObject({ accelerator: 'CmdOrCtrl+S' });
  });
});

describe('the menu follows the actions', () => {
  test('setMenuEnabled disables and enables items by action id, validated, and the state survives a rebuild in another language', async () => {
    const { data, uncaught } = await run('menuEnabled');
    expect(uncaught).toEqual([]);
    expect(data.before).toEqual({ delete: true, save: true });
    expect(data.answer).toEqual({ ok: true, value: null });
    expect(data.after).toEqual({ delete: false, duplicate: false, save: true });
    expect([data.unknownId, data.notBoolean]).toEqual(['invalid-request', 'invalid-request']);
    expect(data.rebuilt).toEqual({ path: expect.stringContaining('Canevas'), delete: false, save: true });
    expect(data.enabledAgain).toBe(true);
  });
});

describe('closing and quitting', () => {
  test.each(['linux', 'win32'] as const)(
    '%s: closing the window asks the renderer once, then closes and the app quits',
    async (platform) => {
      const { data, uncaught } = await run('closeWindow', platform);
      expect(uncaught).toEqual([]);
      expect(data).toEqual({ closedAtOnce: false, asked: 1, answer: { ok: true, value: null }, destroyed: true, exited: true, windows: 0 });
    },
  );

  test('macOS: closing the window asks once and closes it; the app stays', async () => {
    const { data } = await run('closeWindow', 'darwin');
    expect(data).toMatchObject({ closedAtOnce: false, asked: 1, destroyed: true, exited: false });
  });

  test.each(['darwin', 'linux'] as const)('%s: quit (Cmd+Q, File ▸ Exit) asks about unsaved changes once, then quits', async (platform) => {
    const { data, uncaught } = await run('quit', platform);
    expect(uncaught).toEqual([]);
    expect(data).toEqual({ exitedAtOnce: false, asked: 1, destroyed: true, exited: true });
  });

  test('macOS: after the window closed, a second start, a menu click and the Dock icon bring a window back without errors', async () => {
    const { data, uncaught } = await run('afterWindowClosed', 'darwin');
    expect(uncaught).toEqual([]);
    expect(data.errors).toEqual([]);
    expect(data.firstWindowDestroyed).toBe(true);
    expect(data.exited).toBe(false);
    expect(data.windowsAfterSecondInstance).toBe(1);
    expect(data.windows).toBe(1);
    expect(data.taken).toMatch(/from-second-instance\.copstudio$/);
  });
});

describe('files from the operating system', () => {
  test('a workshop on the command line opens at start; a second instance with a path sends it to the running window', async () => {
    const { data, uncaught } = await run('commandLineAndSecondInstance', 'linux');
    expect(uncaught).toEqual([]);
    expect(path.basename(data.first)).toBe('first.copstudio');
    expect(path.isAbsolute(data.first)).toBe(true);
    expect(data.openedOk).toBe(true);
    expect(data.nothingMore).toBeNull();
    expect(data.commands).toEqual(['host.openFromSystem']);
    expect(path.basename(data.second)).toBe('second.copstudio');
    expect(data.secondOpenedOk).toBe(true);
    // Only what the system handed over is granted.
    expect(data.notGranted).toBe('not-allowed');
    expect(data.windows).toBe(1);
  });

  test('macOS: open-file before ready, after ready and with no window open all reach the renderer', async () => {
    const { data, uncaught } = await run('openFile', 'darwin');
    expect(uncaught).toEqual([]);
    expect(data.earlyPrevented).toBe(true);
    expect(data.latePrevented).toBe(true);
    expect(path.basename(data.takenEarly)).toBe('early.copstudio');
    expect(path.basename(data.takenLate)).toBe('late.copstudio');
    expect(data.commands).toEqual(['host.openFromSystem']);
    expect(data.error).toBeNull();
    expect(data.windows).toBe(1);
    expect(path.basename(data.takenAfterClose)).toBe('after-close.copstudio');
  });
});

describe('the Electron PDF engine', () => {
  test('a print that never answers is stopped after a minute: the user is told, the hidden window and its page go, the app can exit', async () => {
    const { data, uncaught } = await run('pdfTimeout', 'linux');
    expect(uncaught).toEqual([]);
    expect(data.printing).toBe(true);
    expect(data.timerMs).toEqual([60_000]);
    expect(data.answered).toBe(true);
    expect(data.outcome).toMatchObject({
      ok: false,
      error: { code: 'io', sentence: 'pdfTimeout', message: expect.stringContaining('took more than a minute') },
    });
    expect(data.hiddenWindowDestroyed).toBe(true);
    expect(data.pageFromMemory).toBe(true);
    expect(data.pageDropped).toBe(true);
    expect(data.pdfWritten).toBe(false);
    expect(data.windows).toBe(1);
    expect(data.exitedAfterClose).toBe(true);
  });
});

describe('the preload', () => {
  test('exposes window.copStudio with one function per IPC method plus onMenuCommand and onEvent, and never ipcRenderer', async () => {
    const { data, uncaught } = await run('preload');
    expect(uncaught).toEqual([]);
    expect(data.exposedKeys).toEqual(['copStudio']);
    expect(data.keys).toEqual([...IPC_METHOD_NAMES, 'onMenuCommand', 'onEvent']);
    expect(data.types).toEqual(['function']);
    expect(data.leaks).toEqual([]);
    expect(data.invoked).toEqual({ channel: 'cop-studio:getAppInfo', args: [null] });
    expect(data.withPayload).toEqual({ channel: 'cop-studio:setFullScreen', args: [{ fullScreen: true }] });
    // Only strings reach the listener; unsubscribing removes the ipcRenderer listener.
    expect(data.received).toEqual(['file.save']);
    expect([data.listenersBefore, data.listenersAfter]).toEqual([1, 0]);
  });

  test('is built from the contract without zod or the schemas: the method names are data, the bundle stays tiny', async () => {
    const bundle = await fs.readFile(path.join(ROOT, 'out/preload/index.cjs'), 'utf8');
    expect(bundle).not.toMatch(/zod|safeParse|ZodType/);
    expect(bundle.length).toBeLessThan(4000);
    for (const name of IPC_METHOD_NAMES) expect(bundle).toContain(JSON.stringify(name));
  });
});
