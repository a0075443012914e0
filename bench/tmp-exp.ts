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
  const variants: Record<string, [string, any]> = {
    full: [html, { outline: true, tagged: true }],
    untagged: [html, { outline: false, tagged: false }],
    noColumns: [html.replace(/columns: [23];/g, ''), { outline: true, tagged: true }],
    noBreakAvoid: [html.replace(/\.note-item \{ break-inside: avoid; page-break-inside: avoid;/, '.note-item {'), { outline: true, tagged: true }],
    noNoteBg: [html.replace(/\.note--\w+ \{[^}]*\}/g, ''), { outline: true, tagged: true }],
    noSvg: [html.replace(/<svg class="canvas-picture"[\s\S]*?<\/svg>/, ''), { outline: true, tagged: true }],
    bare: [bare(which === 'large' ? 48 : 7), {}],
  };
  const results: Record<string, number[]> = {};
  for (let round = 0; round < 4; round++) {
    for (const [k, [h, o]] of Object.entries(variants)) (results[k] ??= []).push(await once(h, o));
  }
  for (const [k, v] of Object.entries(results)) console.log(k.padEnd(14), 'min', Math.min(...v.slice(1)).toFixed(0), 'all', v.map((x) => x.toFixed(0)).join(' '));
  await closeBrowser();
}
main();
