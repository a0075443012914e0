/**
 * The PDF engine of the Electron app (thin glue, tested under the stand-in for `electron`): a hidden, sandboxed
 * window with JavaScript and DevTools disabled loads the summary HTML from memory through our own `app://` origin
 * (`PdfPages`; never `file://`) and prints it with `webContents.printToPDF`. Bounded in time: a print that never
 * answers is given up after `timeoutMs`, and the hidden window and the page go in every case (a hidden window left
 * behind would keep the app alive).
 */
import { BrowserWindow } from 'electron';
import { IpcFailure } from '../shared/ipc';
import type { PdfPages } from './security/pdf-pages';
import type { PdfEngine } from './services/pdf-engine';

/** A large workshop prints in about a second; a minute means the print is stuck. */
export const PDF_TIMEOUT_MS = 60_000;

/** `work`, or a failure after `ms`; the timer never outlives the work. */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(IpcFailure.of({ code: 'io', sentence: 'pdfTimeout' })), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export function electronPdfEngine(pages: PdfPages, options: { timeoutMs?: number } = {}): PdfEngine {
  const timeoutMs = options.timeoutMs ?? PDF_TIMEOUT_MS;
  return {
    async renderPdf(html, pdfOptions) {
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
      const print = async () => {
        await window.loadURL(url);
        // Sizes, margins and the running footer come from the HTML's @page rules (CSS page-margin boxes).
        const pdf = await window.webContents.printToPDF({
          pageSize: pdfOptions.pageSize,
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: false,
          generateDocumentOutline: true,
          generateTaggedPDF: true,
        });
        return new Uint8Array(pdf);
      };
      try {
        return await withTimeout(print(), timeoutMs);
      } finally {
        pages.drop(url);
        if (!window.isDestroyed()) window.destroy();
      }
    },
  };
}
