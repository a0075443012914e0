/**
 * The PDF engine of the Electron app (thin glue, not unit-testable here): a hidden, sandboxed window with
 * JavaScript and DevTools disabled loads the summary HTML from memory through our own `app://` origin
 * (`PdfPages`; never `file://`) and prints it with `webContents.printToPDF`.
 */
import { BrowserWindow } from 'electron';
import type { PdfPages } from './security/pdf-pages';
import { MM_PER_INCH, type PdfEngine } from './services/pdf-engine';

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
        const inches = (mm: number) => mm / MM_PER_INCH;
        const pdf = await window.webContents.printToPDF({
          pageSize: options.pageSize,
          printBackground: true,
          margins: {
            top: inches(options.marginsMm.top),
            right: inches(options.marginsMm.right),
            bottom: inches(options.marginsMm.bottom),
            left: inches(options.marginsMm.left),
          },
          displayHeaderFooter: true,
          headerTemplate: options.headerTemplate,
          footerTemplate: options.footerTemplate,
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
