import { renderSummaryHtml } from '../shared/summary/summary-html';
import { buildSummary } from '../shared/summary/summary-model';
import { sharedBrowser, closeBrowser } from '../tests/e2e/chromium';
import { largeWorkshop, realisticWorkshop } from '../tests/fixtures/realistic-workshop';
async function main() {
  const b = await sharedBrowser();
  const ctx = await b.newContext({ javaScriptEnabled: false });
  const once = async (html: string, opts: any) => {
    const page = await ctx.newPage();
    const t = performance.now();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, ...opts });
    const ms = performance.now() - t;
    await page.close();
    return ms;
  };
  const which = process.argv[2] ?? 'large';
  const html = renderSummaryHtml(buildSummary(which === 'large' ? largeWorkshop() : realisticWorkshop()), { pageSize: 'A4' });
  const bare = (n: number) => `<!doctype html><html><body>${Array.from({ length: n }, (_, i) => `<p style="break-after:page">Page ${i}</p>`).join('')}</body></html>`;
  const footer = `<div style="font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; color: #4a5260; width: 100%; margin: 0 16mm; display: flex; justify-content: space-between; border-top: 0.5pt solid #c3c9d3; padding-top: 2mm;"><span>Software Craftsmanship CoP · 24 Nov 2026</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
  const noBoxes = html.replace(/@bottom-left \{[^}]*\}/, '').replace(/@bottom-right \{[^}]*\}/, '');
  const variants: Record<string, [string, any]> = {
    marginBoxes: [html, { outline: true, tagged: true }],
    footerTemplate: [noBoxes, { outline: true, tagged: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: footer }],
    marginBoxesUntagged: [html, { outline: false, tagged: false }],
    bare: [bare(which === 'large' ? 48 : 7), {}],
  };
  const results: Record<string, number[]> = {};
  for (let round = 0; round < 8; round++) {
    for (const [k, [h, o]] of Object.entries(variants)) (results[k] ??= []).push(await once(h, o));
  }
  for (const [k, v] of Object.entries(results)) console.log(k.padEnd(14), 'min', Math.min(...v.slice(1)).toFixed(0), 'all', v.map((x) => x.toFixed(0)).join(' '));
  await closeBrowser();
}
main();
