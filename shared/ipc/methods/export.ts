import { z } from 'zod';
import { WorkshopSchema, type Workshop } from '../../schema';
import type { JsonCanvasImportReport } from '../../json-canvas/import-json-canvas';
import { PAGE_SIZES } from '../../summary/page-layout';
import { method, NoRequest, PathSchema, SuggestedNameSchema } from '../method';

export interface ExportedFile {
  path: string;
  bytes: number;
}

export interface ImportedJsonCanvas {
  /** A new workshop holding the imported canvas; it has no file yet. */
  workshop: Workshop;
  fileName: string;
  report: JsonCanvasImportReport;
}

const ExportRequest = z.object({ workshop: WorkshopSchema, suggestedName: SuggestedNameSchema });

/** Exports (PDF, Markdown, JSON Canvas) and the JSON Canvas import. */
export const EXPORT_METHODS = {
  /**
   * Asks where to save, renders the summary to PDF in the main process, writes it atomically. `null` when
   * cancelled. `scope`: the whole summary (sponsor brief + appendix), or the sponsor brief alone.
   */
  exportSummaryPdf: method(
    ExportRequest.extend({ pageSize: z.enum(PAGE_SIZES), scope: z.enum(['full', 'brief']).optional() }),
  ).returns<ExportedFile | null>(),
  exportSummaryMarkdown: method(ExportRequest).returns<ExportedFile | null>(),
  exportJsonCanvas: method(ExportRequest).returns<ExportedFile | null>(),
  /** Shows the Open dialog for a `.canvas` file and reads it as a new, unsaved workshop. `null` when cancelled. */
  importJsonCanvasDialog: method(NoRequest).returns<ImportedJsonCanvas | null>(),
  /** Opens a file this session exported, with the system's default app. */
  openExportedFile: method(z.object({ path: PathSchema })).returns<void>(),
} as const;
