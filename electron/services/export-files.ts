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
import { describeFsError, megabytes, readRegularFile, writeFileAtomic, type UnreadableFile } from './workshop-files';

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

/**
 * Reads a `.canvas` file as a new workshop, through the same strict reader as a workshop file (regular files
 * only, non-blocking open, bounded read): a FIFO or /dev/urandom is refused at once. A missing, huge or
 * malformed file gives a readable `IpcFailure`.
 */
export async function readJsonCanvasFile(
  filePath: string,
  now = new Date(),
  fsPort: FsPort = nodeFs,
): Promise<Extract<JsonCanvasImport, { ok: true }>> {
  const name = path.basename(filePath);
  const fail = (code: 'not-found' | 'invalid-file' | 'io', why: string): never => {
    throw new IpcFailure(code, `Could not import "${name}": ${why}.`);
  };
  let bytes: Buffer;
  try {
    bytes = (await readRegularFile(fsPort, filePath, MAX_JSON_CANVAS_BYTES)).bytes;
  } catch (error) {
    const reason = (error as UnreadableFile).reason;
    if (reason === 'not-found') return fail('not-found', 'the file does not exist');
    if (reason === 'folder') return fail('invalid-file', 'it is a folder, not a file');
    if (reason === 'not-regular') return fail('invalid-file', 'it is not a regular file');
    if (reason === 'too-large') return fail('invalid-file', `it is larger than ${megabytes(MAX_JSON_CANVAS_BYTES)}`);
    return fail('io', describeFsError((error as UnreadableFile).original ?? error));
  }
  // Invalid UTF-8 or NUL bytes: binary. A U+FFFD written in the file as text is a legitimate character.
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('invalid-file', 'it is not a text file (binary content)');
  }
  if (text.includes('\u0000')) fail('invalid-file', 'it is not a text file (binary content)');
  const result = importJsonCanvas(text.replace(/^\uFEFF/, ''), { title: name.replace(/\.canvas$/i, ''), now });
  if (!result.ok) return fail('invalid-file', result.message);
  return result;
}
