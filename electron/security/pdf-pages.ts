import { randomUUID } from 'node:crypto';
import { APP_ORIGIN } from './app-origin';

/** Where the hidden PDF window loads a summary from: our own `app://` origin, never `file://`. */
export const PDF_PAGE_PATH = '/__pdf/';

/** The CSP of a summary page: no script at all (the window also has JavaScript off), images inline only. */
export const PDF_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/**
 * Summary pages waiting to be printed, held in memory (nothing written to disk) under an unguessable token;
 * each is served once by the `app://` protocol handler.
 */
export class PdfPages {
  private readonly pages = new Map<string, string>();

  /** Keeps `html` and returns the URL the PDF window loads. */
  put(html: string): string {
    const token = randomUUID();
    this.pages.set(token, html);
    return `${APP_ORIGIN}${PDF_PAGE_PATH}${token}`;
  }

  /** The page of `url`, or null; served once. */
  take(url: string): string | null {
    let pathname: string;
    try {
      pathname = new URL(url).pathname;
    } catch {
      return null;
    }
    if (!pathname.startsWith(PDF_PAGE_PATH)) return null;
    const token = pathname.slice(PDF_PAGE_PATH.length);
    const html = this.pages.get(token) ?? null;
    this.pages.delete(token);
    return html;
  }

  /** Drops a page that was not served (the window failed to load). */
  drop(url: string): void {
    this.take(url);
  }
}
