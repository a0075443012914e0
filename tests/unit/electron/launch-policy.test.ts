import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/security/app-origin';
import { isAllowedNavigation, refusedDebugSwitches, rendererEntry } from '../../../electron/security/launch-policy';
import { PDF_PAGE_CSP, PdfPages } from '../../../electron/security/pdf-pages';
import { mainWindowOptions } from '../../../electron/window/window-options';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

describe('ELECTRON_RENDERER_URL', () => {
  test('is ignored by a packaged build: the window loads app://, and only app:// is trusted', () => {
    const forged = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' };
    expect(rendererEntry(forged, true)).toEqual({ url: APP_ENTRY_URL, devServerOrigin: null });
    expect(rendererEntry({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, true)).toEqual({ url: APP_ENTRY_URL, devServerOrigin: null });
  });

  test('a development build uses a local dev server only', () => {
    expect(rendererEntry({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, false)).toEqual({
      url: 'http://localhost:5173/',
      devServerOrigin: 'http://localhost:5173',
    });
    expect(rendererEntry({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false).devServerOrigin).toBeNull();
    expect(rendererEntry({}, false)).toEqual({ url: APP_ENTRY_URL, devServerOrigin: null });
  });

  test('the dev-server navigation check compares the exact origin, not a string prefix', () => {
    const origin = 'http://localhost:5173';
    expect(isAllowedNavigation('http://localhost:5173/index.html', origin)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5173.evil.example/', origin)).toBe(false);
    expect(isAllowedNavigation('http://localhost:51730/', origin)).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173@evil.example/', origin)).toBe(false);
    expect(isAllowedNavigation('app://cop-studio/index.html', null)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5173/', null)).toBe(false);
  });
});

describe('a packaged build', () => {
  test('refuses DevTools and debugging switches; no spell-check downloads', () => {
    expect(mainWindowOptions({ preloadPath: 'p', bounds: null, packaged: true }).webPreferences).toMatchObject({
      devTools: false,
      spellcheck: false,
    });
    expect(mainWindowOptions({ preloadPath: 'p', bounds: null, packaged: false }).webPreferences?.spellcheck).toBe(false);
    expect(refusedDebugSwitches(['/opt/CoP Studio/cop-studio', '--remote-debugging-port=9222'], true)).toEqual([
      '--remote-debugging-port=9222',
    ]);
    expect(refusedDebugSwitches(['app', '--inspect-brk', 'x.copstudio'], true)).toEqual(['--inspect-brk']);
    expect(refusedDebugSwitches(['app', '--remote-debugging-port=9222'], false)).toEqual([]);
    expect(refusedDebugSwitches(['app', 'Workshop --inspect.copstudio'], true)).toEqual([]);
  });

  test('the fuses turn off file:// extra privileges, Node options and inspect arguments', () => {
    const yml = readFileSync(path.join(REPO_ROOT, 'electron-builder.yml'), 'utf8');
    const fuses = yml.slice(yml.indexOf('electronFuses:'));
    for (const line of [
      'grantFileProtocolExtraPrivileges: false',
      'runAsNode: false',
      'enableNodeOptionsEnvironmentVariable: false',
      'enableNodeCliInspectArguments: false',
      'onlyLoadAppFromAsar: true',
      'enableEmbeddedAsarIntegrityValidation: true',
    ]) {
      expect(fuses).toContain(line);
    }
  });
});

describe('the PDF window', () => {
  test('loads the summary from memory through app://, once, never from file://', () => {
    const pages = new PdfPages();
    const url = pages.put('<h1>Summary</h1>');
    expect(url).toMatch(/^app:\/\/cop-studio\/__pdf\/[0-9a-f-]{36}$/);
    expect(pages.take(url)).toBe('<h1>Summary</h1>');
    expect(pages.take(url)).toBeNull();
    expect(pages.take('app://cop-studio/__pdf/guessed')).toBeNull();
    expect(PDF_PAGE_CSP).toContain("default-src 'none'");
    const engine = readFileSync(path.join(REPO_ROOT, 'electron/electron-pdf-engine.ts'), 'utf8');
    expect(engine).not.toMatch(/pathToFileURL|loadFile|writeFile/);
    expect(engine).toContain('window.loadURL(url)');
  });
});
