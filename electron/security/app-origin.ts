/** The privileged scheme the renderer is served from, and its single origin. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cop-studio';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Whether `url` is on the same scheme, host and port as `origin`. Compares the parts, not `URL.origin`:
 * for custom schemes such as `app:` the WHATWG origin is the opaque "null", equal for every host.
 */
export function isSameOrigin(url: string | undefined, origin: string): boolean {
  if (!url) return false;
  try {
    const a = new URL(url);
    const b = new URL(origin);
    return a.protocol === b.protocol && a.host === b.host && a.host !== '';
  } catch {
    return false;
  }
}

/** The page may only ever be our own origin: every other navigation is denied. */
export function isAppUrl(url: string, origin: string = APP_ORIGIN): boolean {
  return isSameOrigin(url, origin);
}
