import os from 'node:os';
import { jsonCanvasText, summaryMarkdown, summaryPdf } from '../../electron/services/export-files';
import { renderSummaryHtml } from '../../shared/summary/summary-html';
import { buildSummary } from '../../shared/summary/summary-model';
import { closeBrowser, sharedBrowser } from '../../tests/e2e/chromium';
import { chromiumPdfEngine } from '../../hosts/browser/chromium-pdf-engine';
import { largeWorkshop } from '../../tests/fixtures/realistic-workshop';
import type { BenchCase, BenchRow } from '../lib/report';
import { median, timeRuns } from '../lib/stats';

/**
 * Export of a large workshop (1,000 notes, 200 activities, 30 members, 10 goals × 20 measurements): the PDF
 * summary end to end through Chromium's page.pdf (the harness's engine; Electron's printToPDF is the same
 * Chromium printing code), the Markdown summary, the JSON Canvas, and the HTML alone to show where time goes.
 */
const bench: BenchCase = {
  name: 'export',
  async run() {
    const workshop = largeWorkshop();
    const [loadBefore] = os.loadavg();
    const engine = chromiumPdfEngine(() => sharedBrowser());
    let pages = 0;
    let bytes = 0;
    try {
      const pdfRuns = await timeRuns(async () => {
        const pdf = await summaryPdf(workshop, 'A4', engine);
        bytes = pdf.byteLength;
        pages = (new TextDecoder('latin1').decode(pdf).match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
      }, 7, 1);
      const htmlRuns = await timeRuns(() => renderSummaryHtml(buildSummary(workshop), { pageSize: 'A4' }), 20, 3);
      const mdRuns = await timeRuns(() => summaryMarkdown(workshop), 20, 3);
      const canvasRuns = await timeRuns(() => jsonCanvasText(workshop), 20, 3);
      const rows: BenchRow[] = [
        { suite: 'export (large workshop)', metric: 'PDF summary, A4 (median)', value: median(pdfRuns), unit: 'ms', runs: pdfRuns.length, target: '≈ 1000 ms', met: median(pdfRuns) <= 1200 },
        { suite: 'export (large workshop)', metric: 'PDF summary, A4 (fastest run)', value: Math.min(...pdfRuns), unit: 'ms', runs: pdfRuns.length },
        { suite: 'export (large workshop)', metric: 'PDF pages', value: pages, unit: 'count' },
        { suite: 'export (large workshop)', metric: 'PDF size', value: bytes / 1024 / 1024, unit: 'MB' },
        { suite: 'export (large workshop)', metric: 'summary model + HTML (median)', value: median(htmlRuns), unit: 'ms', runs: htmlRuns.length },
        { suite: 'export (large workshop)', metric: 'Markdown summary (median)', value: median(mdRuns), unit: 'ms', runs: mdRuns.length },
        { suite: 'export (large workshop)', metric: 'JSON Canvas (median)', value: median(canvasRuns), unit: 'ms', runs: canvasRuns.length },
        // The machine is shared: a load far above the core count slows every figure above.
        { suite: 'export (large workshop)', metric: `load average (1 min) at start, ${os.cpus().length} cores`, value: loadBefore ?? 0, unit: 'ratio' },
      ];
      return rows;
    } finally {
      await closeBrowser();
    }
  },
};
export default bench;
