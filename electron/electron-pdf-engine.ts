/**
 * The PDF engine of the Electron app (thin glue, not unit-testable here): a hidden, sandboxed window with
 * JavaScript and DevTools disabled loads the summary HTML from memory through our own `app://` origin
 * (`PdfPages`; never `file://`) and prints it with `webContents.printToPDF`.
 */
import { BrowserWindow } from 'electron';
import type { PdfPages } from './security/pdf-pages';
import type { PdfEngine } from './services/pdf-engine';

export function electronPdfEngine(pages: PdfPages): PdfEngine {
  return {
    async renderPdf(html, options) {
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          javascript: false,
          webSecurity: true,
          images: true,
          spellcheck: false,
          devTools: false,
        },
      });
      const url = pages.put(html);
      try {
        await window.loadURL(url);
        // Sizes, margins and the running footer come from the HTML's @page rules (CSS page-margin boxes).
        const pdf = await window.webContents.printToPDF({
          pageSize: options.pageSize,
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: false,
          generateDocumentOutline: true,
          generateTaggedPDF: true,
        });
        return new Uint8Array(pdf);
      } finally {
        pages.drop(url);
        window.destroy();
      }
    },
  };
}
