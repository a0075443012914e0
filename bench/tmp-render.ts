import { writeFileSync } from 'node:fs';
import { summaryPdf } from '../electron/services/export-files';
import { sharedBrowser, closeBrowser } from '../tests/e2e/chromium';
import { chromiumPdfEngine } from '../tests/e2e/chromium-pdf-engine';
import { largeWorkshop, realisticWorkshop } from '../tests/fixtures/realistic-workshop';
async function main() {
  const engine = chromiumPdfEngine(() => sharedBrowser());
  for (const [name, w] of [['realistic', realisticWorkshop()], ['large', largeWorkshop()]] as const) {
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const pdf = await summaryPdf(w, 'A4', engine);
      console.log(name, (performance.now() - t).toFixed(0), 'ms');
      writeFileSync(`/tmp/exp18/${name}.pdf`, pdf);
    }
  }
  writeFileSync(`/tmp/exp18/brief.pdf`, await summaryPdf(realisticWorkshop(), 'A4', engine, 'brief'));
  await closeBrowser();
}
main();
