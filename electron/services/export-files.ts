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
import { describeFsError, writeFileAtomic } from './workshop-files';

export const MAX_JSON_CANVAS_BYTES = 50 * 1024 * 1024;

/**
 * The workshop summary as a PDF: summary model → HTML → the PDF engine. `scope: 'brief'` prints the one-page
 * sponsor brief alone; `'full'` (the default) adds the appendix.
 */
export async function summaryPdf(workshop: Workshop, pageSize: PageSize, engine: PdfEngine, scope: SummaryScope = 'full'): Promise<Uint8Array> {
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
    throw new IpcFailure('io', `Could not write "${path.basename(filePath)}": ${describeFsError(error)}.`);
  }
}

/** Reads a `.canvas` file as a new workshop; a missing, huge or malformed file gives a readable `IpcFailure`. */
export async function readJsonCanvasFile(filePath: string, now = new Date()): Promise<Extract<JsonCanvasImport, { ok: true }>> {
  const name = path.basename(filePath);
  const fail = (code: 'not-found' | 'invalid-file' | 'io', why: string): never => {
    throw new IpcFailure(code, `Could not import "${name}": ${why}.`);
  };
  let bytes: Buffer;
  try {
    const stat = await fs.stat(filePath);
    if (stat.isDirectory()) fail('invalid-file', 'it is a folder, not a file');
    if (stat.size > MAX_JSON_CANVAS_BYTES) fail('invalid-file', `it is larger than ${MAX_JSON_CANVAS_BYTES / 1024 / 1024} MB`);
    bytes = await fs.readFile(filePath);
  } catch (error) {
    if (error instanceof IpcFailure) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? fail('not-found', 'the file does not exist') : fail('io', describeFsError(error));
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.includes('\u0000') || text.includes('\uFFFD')) fail('invalid-file', 'it is not a text file (binary content)');
  const result = importJsonCanvas(text.replace(/^\uFEFF/, ''), { title: name.replace(/\.canvas$/i, ''), now });
  if (!result.ok) return fail('invalid-file', result.message);
  return result;
}
