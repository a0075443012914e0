import { promises as fs } from 'node:fs';
import path from 'node:path';
import { IpcFailure } from '../../shared/ipc';
import { exportJsonCanvas, serializeJsonCanvas } from '../../shared/json-canvas/export-json-canvas';
import { importJsonCanvas, type JsonCanvasImport } from '../../shared/json-canvas/import-json-canvas';
import type { Workshop } from '../../shared/schema';
import type { PageSize } from '../../shared/summary/page-layout';
import { renderSummaryHtml, type SummaryScope } from '../../shared/summary/summary-html';
import { renderSummaryMarkdown } from '../../shared/summary/summary-markdown';
import { buildSummary } from '../../shared/summary/summary-model';
import type { PdfEngine } from './pdf-engine';
import { nodeFs, type FsPort } from './fs-port';
import { writeFileAtomic } from './workshop-files';
import { fileFailure, fsFailure, readUserFile } from './user-file';

export const MAX_JSON_CANVAS_BYTES = 50 * 1024 * 1024;

/**
 * The workshop summary as a PDF: summary model → HTML → the PDF engine. `scope: 'brief'` prints the one-page
 * sponsor brief alone; `'full'` (the default) adds the appendix.
 */
export async function summaryPdf(
  workshop: Workshop,
  pageSize: PageSize,
  engine: PdfEngine,
  scope: SummaryScope = 'full',
): Promise<Uint8Array> {
  const html = renderSummaryHtml(buildSummary(workshop), { pageSize, scope });
  return engine.renderPdf(html, { pageSize });
}

export const summaryMarkdown = (workshop: Workshop): string => renderSummaryMarkdown(buildSummary(workshop));

export const jsonCanvasText = (workshop: Workshop): string => serializeJsonCanvas(exportJsonCanvas(workshop.canvas));

/** Writes an export atomically (temp file, fsync, rename); disk errors become a readable `IpcFailure`. */
export async function writeExport(filePath: string, content: string | Uint8Array): Promise<void> {
  try {
    await fs.mkdir(path.dirname(filePath), { recursive: true });
    await writeFileAtomic(filePath, content);
  } catch (error) {
    throw fsFailure('write', filePath, error);
  }
}

/**
 * Reads a `.canvas` file as a new workshop, through the one reader of user files (`readUserFile`: regular files
 * only, non-blocking open, bounded read, text only, the file-system port): a FIFO or /dev/urandom is refused at
 * once. A missing, huge, unreadable or malformed file gives a structured `IpcFailure` naming the file and why.
 */
export async function readJsonCanvasFile(
  filePath: string,
  now = new Date(),
  fsPort: FsPort = nodeFs,
  limit = MAX_JSON_CANVAS_BYTES,
): Promise<Extract<JsonCanvasImport, { ok: true }>> {
  const name = path.basename(filePath);
  const { text } = await readUserFile(fsPort, filePath, { limit, sentence: 'import' });
  const result = importJsonCanvas(text, { title: name.replace(/\.canvas$/i, ''), now });
  if (!result.ok) throw fileFailure('invalid-file', 'import', filePath, 'detail', { detail: result.message });
  return result;
}
