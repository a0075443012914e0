import { promises as fs } from 'node:fs';
import path from 'node:path';

export const PHONE_ENTRY = 'phone.html';

export interface PhoneFiles {
  /** The phone page, or null when the build has none. */
  entry: Buffer | null;
  /** Files the phone page references (its scripts, styles and shared chunks), by URL path. */
  assets: Map<string, { filePath: string; mimeType: string }>;
}

const MIME: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/**
 * Reads the built phone page and lists exactly the assets it references (entry script, CSS, module preloads),
 * so the room server serves those and nothing else of the build.
 */
export async function loadPhoneFiles(buildDir: string): Promise<PhoneFiles> {
  const entryPath = path.join(buildDir, PHONE_ENTRY);
  const entry = await fs.readFile(entryPath).catch(() => null);
  const assets = new Map<string, { filePath: string; mimeType: string }>();
  if (!entry) return { entry: null, assets };
  const html = entry.toString('utf8');
  for (const match of html.matchAll(/(?:src|href)="\.?\/?(assets\/[A-Za-z0-9._-]+)"/g)) {
    const relative = match[1]!;
    const mimeType = MIME[path.extname(relative)];
    if (!mimeType) continue;
    assets.set(`/${relative}`, { filePath: path.join(buildDir, relative), mimeType });
  }
  // CSS the scripts import is linked from the page; chunks imported by the entry are module-preloaded there too.
  return { entry, assets };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The phone page as served, in the room's language from its first paint: `<html lang>` and `data-room-language`
 * (which the page's i18n starts in, before the server's `hello`), and the title.
 */
export function phonePageIn(entry: Buffer, language: 'en' | 'fr', title: string): string {
  return entry
    .toString('utf8')
    .replace(/<html\b[^>]*>/, `<html lang="${language}" data-room-language="${language}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`);
}

/** The phone page's Content-Security-Policy: its own scripts and styles, its own socket, nothing else. */
export function phoneContentSecurityPolicy(origin: string): string {
  const socket = origin.replace(/^http/, 'ws');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${socket}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
