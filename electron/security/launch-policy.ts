import { APP_ENTRY_URL, isAppUrl, isSameOrigin } from './app-origin';

/**
 * What the main window loads: the app's own `app://` entry — or, in an unpackaged development build only, the
 * electron-vite dev server named by `ELECTRON_RENDERER_URL`. A packaged build ignores that variable (set, it
 * would load a foreign page with our preload and IPC trust, and no CSP).
 */
export function rendererEntry(
  env: Record<string, string | undefined>,
  isPackaged: boolean,
): { url: string; devServerOrigin: string | null } {
  const devUrl = isPackaged ? undefined : env.ELECTRON_RENDERER_URL;
  if (!devUrl) return { url: APP_ENTRY_URL, devServerOrigin: null };
  let parsed: URL;
  try {
    parsed = new URL(devUrl);
  } catch {
    return { url: APP_ENTRY_URL, devServerOrigin: null };
  }
  // Only a local http dev server.
  const local = parsed.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  return local ? { url: devUrl, devServerOrigin: parsed.origin } : { url: APP_ENTRY_URL, devServerOrigin: null };
}

/** The page may navigate only within our own origin, or the dev server's exact origin (scheme, host and port). */
export function isAllowedNavigation(url: string, devServerOrigin: string | null): boolean {
  return isAppUrl(url) || (devServerOrigin !== null && isSameOrigin(url, devServerOrigin));
}

/** Command-line switches that open a debugging door into the app; refused in a packaged build. */
const DEBUG_SWITCHES = ['--remote-debugging-port', '--remote-debugging-pipe', '--inspect', '--inspect-brk', '--inspect-port', '--js-flags'];

/** The debugging switches present in `argv`, when the build is packaged (empty otherwise). */
export function refusedDebugSwitches(argv: readonly string[], isPackaged: boolean): string[] {
  if (!isPackaged) return [];
  return argv.filter((arg) => DEBUG_SWITCHES.some((s) => arg === s || arg.startsWith(`${s}=`)));
}
