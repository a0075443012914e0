import type { Browser, Page } from 'playwright-core';
import type { PdfEngine } from '../../electron/services/pdf-engine';
import type { PageSize } from '../../shared/summary/page-layout';

const PDF_OPTIONS = {
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
  outline: true,
  tagged: true,
} as const;

/**
 * The PDF engine of the browser harness, the tests and the benchmark: Chromium's `page.pdf()` through
 * playwright-core, printing the same HTML with the same options as Electron's `printToPDF`. One page, in a
 * browser context with JavaScript disabled, is kept warm and reused from one export to the next (remade if the
 * browser changed or the page failed): a new page costs a new renderer and, in Chromium's headless mode, the
 * set-up of a browser window (its omnibox WebUI alone is about 0.9 s of CPU), which on a busy machine is more than
 * printing a realistic summary. Exports are printed one at a time, in the order asked; after each, the page drops
 * the document so a large summary is not kept in memory. `browser` must give a headless Chromium (printing needs
 * headless mode).
 */
export function chromiumPdfEngine(browser: () => Promise<Browser>): PdfEngine {
  let warm: { browser: Browser; page: Promise<Page> } | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const pageOf = async (): Promise<Page> => {
    const current = await browser();
    if (!warm || warm.browser !== current || !current.isConnected()) {
      warm = { browser: current, page: current.newContext({ javaScriptEnabled: false }).then((context) => context.newPage()) };
    }
    const mine = warm;
    const page = await mine.page.catch((error: unknown) => {
      if (warm === mine) warm = null; // the next export tries a new page
      throw error;
    });
    if (!page.isClosed()) return page;
    if (warm === mine) warm = null;
    return pageOf();
  };

  /** A page that failed is not trusted again: the next export starts from a new one. */
  const discard = async (page: Page) => {
    if (warm && (await warm.page.catch(() => null)) === page) warm = null;
    await page
      .context()
      .close()
      .catch(() => undefined);
  };

  const print = async (html: string, pageSize: PageSize): Promise<{ pdf: Uint8Array; page: Page }> => {
    const page = await pageOf();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      // Sizes, margins and the running footer come from the HTML's @page rules, as in Electron.
      return { pdf: new Uint8Array(await page.pdf({ format: pageSize, ...PDF_OPTIONS })), page };
    } catch (error) {
      await discard(page);
      throw error;
    }
  };

  return {
    renderPdf(html, options) {
      const run = queue.then(() => print(html, options.pageSize));
      // The next export waits for this one, and for the page to let go of its document.
      queue = run.then(({ page }) => page.setContent('')).catch(() => undefined);
      return run.then(({ pdf }) => pdf);
    },
  };
}
