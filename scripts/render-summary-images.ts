/**
 * Renders the PDF summary of the realistic workshop (tests/fixtures) to the images of docs/export.md:
 * docs/images/summary-page-1.png (the sponsor brief), -2 (the canvas page, landscape), -3 (notes by zone).
 * Needs Chromium, pdftoppm and pngquant. Run: `npx tsx scripts/render-summary-images.ts`.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { summaryPdf } from '../electron/services/export-files';
import { closeBrowser, sharedBrowser } from '../tests/e2e/chromium';
import { chromiumPdfEngine } from '../hosts/browser/chromium-pdf-engine';
import { realisticWorkshop } from '../tests/fixtures/realistic-workshop';

const IMAGES = path.resolve(import.meta.dirname, '../docs/images');
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cop-summary-images-'));
try {
  const pdf = path.join(dir, 'summary.pdf');
  await fs.writeFile(
    pdf,
    await summaryPdf(
      realisticWorkshop(),
      'A4',
      chromiumPdfEngine(() => sharedBrowser()),
    ),
  );
  execFileSync('pdftoppm', ['-r', '80', '-f', '1', '-l', '3', '-png', pdf, path.join(dir, 'page')]);
  for (const n of [1, 2, 3]) {
    const out = path.join(IMAGES, `summary-page-${n}.png`);
    execFileSync('pngquant', ['--force', '--quality', '60-85', '--output', out, path.join(dir, `page-${n}.png`)]);
    console.log(`${out}: ${((await fs.stat(out)).size / 1024).toFixed(0)} KB`);
  }
} finally {
  await closeBrowser();
  await fs.rm(dir, { recursive: true, force: true });
}
