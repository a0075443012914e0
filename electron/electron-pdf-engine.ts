/**
 * The PDF engine of the Electron app (thin glue, not unit-testable here): a hidden, sandboxed window with
 * JavaScript disabled loads the summary HTML from a temporary file and prints it with `webContents.printToPDF`.
 */
import { BrowserWindow } from 'electron';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfEngine } from './services/pdf-engine';

export function electronPdfEngine(): PdfEngine {
  return {
    async renderPdf(html, options) {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cop-studio-pdf-'));
      const file = path.join(dir, 'summary.html');
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
        },
      });
      try {
        await fs.writeFile(file, html, 'utf8');
        await window.loadURL(pathToFileURL(file).toString());
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
        window.destroy();
        await fs.rm(dir, { recursive: true, force: true });
      }
    },
  };
}
