import os from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { jsonCanvasText, summaryMarkdown, summaryPdf } from '../../electron/services/export-files';
import type { Workshop } from '../../shared/schema';
import { renderSummaryHtml } from '../../shared/summary/summary-html';
import { buildSummary } from '../../shared/summary/summary-model';
import { closeBrowser, sharedBrowser } from '../../tests/e2e/chromium';
import { chromiumPdfEngine } from '../../hosts/browser/chromium-pdf-engine';
import { largeWorkshop, realisticWorkshop } from '../../tests/fixtures/realistic-workshop';
import type { BenchCase, BenchRow } from '../lib/report';
import { processTreeCpuMs } from '../lib/cpu';
import { median, timeRuns } from '../lib/stats';

const pageCount = (pdf: Uint8Array) => (new TextDecoder('latin1').decode(pdf).match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

/**
 * The floor for a PDF of `pages` pages: Chromium's bare `page.pdf()` (default options, no background, outline
 * or tags) of a plain document of one short paragraph per page, through the same browser and kind of context,
 * on one warm page reused from run to run as the engine does (so neither side pays for making a page).
 */
async function barePdfRuns(browser: Browser, pages: number, runs: number): Promise<{ onWarmPage: number[]; onNewPage: number[] }> {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>bare</title></head><body>${Array.from(
    { length: pages },
    (_, i) => `<p style="${i < pages - 1 ? 'break-after: page' : ''}">Page ${i + 1}: a plain paragraph of text.</p>`,
  ).join('')}</body></html>`;
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const warm = await context.newPage();
    const print = async (page: Page) => {
      await page.setContent(html, { waitUntil: 'load' });
      await page.pdf({ format: 'A4' });
    };
    const onWarmPage = await timeRuns(() => print(warm), runs, 1);
    // The floor as measured before the engine kept its page warm: a new page for each PDF, closed after.
    const onNewPage = await timeRuns(
      async () => {
        const page = await context.newPage();
        try {
          await print(page);
        } finally {
          await page.close();
        }
      },
      runs,
      1,
    );
    return { onWarmPage, onNewPage };
  } finally {
    await context.close();
  }
}

/**
 * Export of the realistic workshop and of a large one (1,000 notes, 200 activities, 30 members, 10 goals × 20
 * measurements): the PDF summary end to end through Chromium's page.pdf (the harness's engine; Electron's
 * printToPDF is the same Chromium printing code), beside a bare page.pdf of a plain document with the same page
 * count, and their ratio; the Markdown summary, the JSON Canvas, and the HTML alone to show where time goes.
 */
const bench: BenchCase = {
  name: 'export',
  async run() {
    const [loadBefore] = os.loadavg();
    const engine = chromiumPdfEngine(() => sharedBrowser());
    const rows: BenchRow[] = [];
    const pdfRows = async (suite: string, workshop: Workshop, targetMs: number) => {
      let pages = 0;
      let bytes = 0;
      const cpuRuns: number[] = [];
      const pdfRuns = await timeRuns(
        async () => {
          const cpuBefore = processTreeCpuMs();
          const pdf = await summaryPdf(workshop, 'A4', engine);
          const cpuAfter = processTreeCpuMs();
          if (cpuBefore !== null && cpuAfter !== null) cpuRuns.push(cpuAfter - cpuBefore);
          bytes = pdf.byteLength;
          pages = pageCount(pdf);
        },
        7,
        1,
      );
      const bare = await barePdfRuns(await sharedBrowser(), pages, 7);
      const bareRuns = bare.onWarmPage;
      const ratio = median(pdfRuns) / median(bareRuns);
      rows.push(
        {
          suite,
          metric: 'PDF summary, A4 (median)',
          value: median(pdfRuns),
          unit: 'ms',
          runs: pdfRuns.length,
          target: `≤ ${targetMs} ms`,
          met: median(pdfRuns) <= targetMs,
        },
        { suite, metric: 'PDF summary, A4 (fastest run)', value: Math.min(...pdfRuns), unit: 'ms', runs: pdfRuns.length },
        {
          suite,
          metric: `bare page.pdf, plain document of ${pages} pages, warm page (median)`,
          value: median(bareRuns),
          unit: 'ms',
          runs: bareRuns.length,
        },
        { suite, metric: 'PDF summary ÷ bare page.pdf (medians)', value: ratio, unit: 'ratio', target: '≤ 1.5×', met: ratio <= 1.5 },
        {
          suite,
          metric: `bare page.pdf of ${pages} plain pages on a new page each time (median)`,
          value: median(bare.onNewPage),
          unit: 'ms',
          runs: bare.onNewPage.length,
        },
        {
          suite,
          metric: 'PDF summary ÷ bare page.pdf on a new page (medians)',
          value: median(pdfRuns) / median(bare.onNewPage),
          unit: 'ratio',
        },
        // CPU time of Chromium and the bench process during one export: steadier than wall time under load.
        ...(cpuRuns.length > 1
          ? [
              {
                suite,
                metric: 'PDF summary, CPU time of all processes (median)',
                value: median(cpuRuns.slice(1)),
                unit: 'ms' as const,
                runs: cpuRuns.length - 1,
              },
            ]
          : []),
        { suite, metric: 'PDF pages', value: pages, unit: 'count' },
        { suite, metric: 'PDF size', value: bytes / 1024 / 1024, unit: 'MB' },
      );
    };
    try {
      await pdfRows('export (realistic workshop)', realisticWorkshop(), 400);
      const large = largeWorkshop();
      await pdfRows('export (large workshop)', large, 1000);
      const htmlRuns = await timeRuns(() => renderSummaryHtml(buildSummary(large), { pageSize: 'A4' }), 20, 3);
      const mdRuns = await timeRuns(() => summaryMarkdown(large), 20, 3);
      const canvasRuns = await timeRuns(() => jsonCanvasText(large), 20, 3);
      const [loadAfter] = os.loadavg();
      rows.push(
        {
          suite: 'export (large workshop)',
          metric: 'summary model + HTML (median)',
          value: median(htmlRuns),
          unit: 'ms',
          runs: htmlRuns.length,
        },
        { suite: 'export (large workshop)', metric: 'Markdown summary (median)', value: median(mdRuns), unit: 'ms', runs: mdRuns.length },
        {
          suite: 'export (large workshop)',
          metric: 'JSON Canvas (median)',
          value: median(canvasRuns),
          unit: 'ms',
          runs: canvasRuns.length,
        },
        // The machine is shared: a load far above the core count slows every figure above.
        { suite: 'export', metric: `load average (1 min) at start, ${os.cpus().length} cores`, value: loadBefore ?? 0, unit: 'ratio' },
        { suite: 'export', metric: `load average (1 min) at end, ${os.cpus().length} cores`, value: loadAfter ?? 0, unit: 'ratio' },
      );
      return rows;
    } finally {
      await closeBrowser();
    }
  },
};
export default bench;
