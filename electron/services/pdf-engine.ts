import { IpcFailure } from '../../shared/ipc';
import type { PageSize } from '../../shared/summary/page-layout';

export interface PdfRenderOptions {
  /** The default page size; the HTML's `@page` rules (sizes, margins, running footer) take precedence. */
  pageSize: PageSize;
}

/**
 * The PDF engine is a port: Electron's `webContents.printToPDF` in a hidden, sandboxed, script-less window in
 * the app (`electron/electron-pdf-engine.ts`); Chromium's `page.pdf()` through playwright-core in the test
 * harness and the benchmark (`hosts/browser/chromium-pdf-engine.ts`). Both print the same self-contained HTML,
 * with `preferCSSPageSize` (the canvas page is landscape), no header/footer template (CSS page-margin boxes
 * draw the footer), a document outline and a tagged PDF.
 */
export interface PdfEngine {
  renderPdf(html: string, options: PdfRenderOptions): Promise<Uint8Array>;
}

/** For a composition without a PDF engine (unit tests of other areas): exporting a PDF says so plainly. */
export const NO_PDF_ENGINE: PdfEngine = {
  renderPdf: () => Promise.reject(IpcFailure.of({ code: 'internal', sentence: 'noPdfEngine' })),
};
