import type { Browser } from 'playwright-core';
import type { PdfEngine } from '../../electron/services/pdf-engine';

/**
 * The PDF engine of the browser harness, the tests and the benchmark: Chromium's `page.pdf()` through
 * playwright-core, printing the same HTML with the same options as Electron's `printToPDF`. Each export gets a
 * fresh context with JavaScript disabled, so the summary is printed exactly as a script-less window would.
 * `browser` must be a headless Chromium (printing needs headless mode).
 */
export function chromiumPdfEngine(browser: () => Promise<Browser>): PdfEngine {
  return {
    async renderPdf(html, options) {
      const context = await (await browser()).newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        const mm = (v: number) => `${v}mm`;
        const pdf = await page.pdf({
          format: options.pageSize,
          printBackground: true,
          margin: {
            top: mm(options.marginsMm.top),
            right: mm(options.marginsMm.right),
            bottom: mm(options.marginsMm.bottom),
            left: mm(options.marginsMm.left),
          },
          displayHeaderFooter: true,
          headerTemplate: options.headerTemplate,
          footerTemplate: options.footerTemplate,
          outline: true,
          tagged: true,
        });
        return new Uint8Array(pdf);
      } finally {
        await context.close();
      }
    },
  };
}
