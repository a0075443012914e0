import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security/content-security-policy';
import { isAppUrl } from '../../../electron/security/app-origin';
import { resolveStaticFile } from '../../../electron/security/static-files';
import { mainWindowOptions } from '../../../electron/window/window-options';
import { buildMenuTemplate } from '../../../electron/menu-template';

describe('the main window', () => {
  test('uses the secure web preferences', () => {
    const options = mainWindowOptions({ preloadPath: '/app/preload/index.cjs', bounds: null });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  test('remembers its size and position', () => {
    const options = mainWindowOptions({ preloadPath: 'p', bounds: { x: 40, y: 50, width: 1500, height: 900, maximized: false } });
    expect(options).toMatchObject({ x: 40, y: 50, width: 1500, height: 900 });
    expect(mainWindowOptions({ preloadPath: 'p', bounds: null })).toMatchObject({ width: 1280, height: 800 });
  });
});

describe('the content security policy', () => {
  test('allows only our own origin and no eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});

describe('navigation and static files', () => {
  test('only the app origin is allowed', () => {
    expect(isAppUrl('app://cop-studio/index.html')).toBe(true);
    expect(isAppUrl('https://example.com/')).toBe(false);
    expect(isAppUrl('app://elsewhere/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('app://cop-studio.evil/index.html')).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', 'http://127.0.0.1:5174')).toBe(false);
  });

  test('static files never escape the renderer folder', () => {
    expect(resolveStaticFile('app://cop-studio/', '/srv/r')).toEqual({
      filePath: '/srv/r/index.html',
      mimeType: 'text/html; charset=utf-8',
    });
    expect(resolveStaticFile('app://cop-studio/assets/a.js', '/srv/r')?.mimeType).toBe('text/javascript; charset=utf-8');
    expect(resolveStaticFile('app://cop-studio/../../etc/passwd', '/srv/r')?.filePath).toBe('/srv/r/etc/passwd');
    expect(resolveStaticFile('app://cop-studio/%2e%2e/%2e%2e/etc/passwd', '/srv/r')?.filePath).toBe('/srv/r/etc/passwd');
    expect(resolveStaticFile('app://cop-studio/..%2f..%2fetc%2fpasswd', '/srv/r')).toBeNull();
  });
});

describe('the application menu', () => {
  test('has File, Edit, Canvas, View, Room and Help with the usual accelerators', () => {
    const sent: string[] = [];
    const menu = buildMenuTemplate((command) => sent.push(command), false);
    expect(menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&Canvas', '&View', '&Room', '&Help']);
    const items = menu.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []));
    const byAccelerator = Object.fromEntries(items.filter((i) => i.accelerator).map((i) => [i.accelerator, i.label]));
    expect(byAccelerator).toMatchObject({
      'CmdOrCtrl+N': '&New Workshop',
      'CmdOrCtrl+O': '&Open…',
      'CmdOrCtrl+S': '&Save',
      'CmdOrCtrl+Shift+S': 'Save &As…',
      'CmdOrCtrl+Z': '&Undo',
      'CmdOrCtrl+Shift+Z': '&Redo',
    });
    items.find((i) => i.label === '&Save')?.click?.({} as never, undefined, {} as never);
    expect(sent).toEqual(['file.save']);
  });
});
