import type { Browser, BrowserContext } from 'playwright-core';
import type { PdfEngine } from '../../electron/services/pdf-engine';

/**
 * The PDF engine of the browser harness, the tests and the benchmark: Chromium's `page.pdf()` through
 * playwright-core, printing the same HTML with the same options as Electron's `printToPDF`. Pages live in one
 * browser context with JavaScript disabled (kept warm between exports, remade if the browser changed), so the
 * summary is printed exactly as a script-less window would. `browser` must give a headless Chromium (printing
 * needs headless mode).
 */
export function chromiumPdfEngine(browser: () => Promise<Browser>): PdfEngine {
  let warm: { browser: Browser; context: Promise<BrowserContext> } | null = null;
  const contextOf = async () => {
    const current = await browser();
    if (!warm || warm.browser !== current || !current.isConnected()) {
      warm = { browser: current, context: current.newContext({ javaScriptEnabled: false }) };
    }
    return warm.context;
  };
  return {
    async renderPdf(html, options) {
      const page = await (await contextOf()).newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        // Sizes, margins and the running footer come from the HTML's @page rules, as in Electron.
        const pdf = await page.pdf({
          format: options.pageSize,
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: false,
          outline: true,
          tagged: true,
        });
        return new Uint8Array(pdf);
      } finally {
        await page.close();
      }
    },
  };
}
