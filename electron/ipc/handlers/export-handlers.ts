import path from 'node:path';
import { IpcFailure, type ExportedFile } from '../../../shared/ipc';
import type { Workshop } from '../../../shared/schema';
import { summaryFormat } from '../../../shared/summary/format';
import { summaryLanguage } from '../../../shared/summary/summary-language';
import type { FileFilter } from '../../services/dialogs';
import { jsonCanvasText, readJsonCanvasFile, summaryMarkdown, summaryPdf, writeExport } from '../../services/export-files';
import { fileFailure } from '../../services/user-file';
import type { DomainHandlers, MainServices } from '../handler-table';

interface ExportKind {
  title: string;
  extension: string;
  filters: FileFilter[];
  /** The file name's end after the workshop's name ("Kick-off summary.pdf", « Lancement synthèse.pdf »). */
  suffix: 'full' | 'brief' | 'canvas';
}

const PDF: ExportKind = {
  title: 'Export summary as PDF',
  extension: 'pdf',
  suffix: 'full',
  filters: [{ name: 'PDF document', extensions: ['pdf'] }],
};
const BRIEF_PDF: ExportKind = { ...PDF, title: 'Export sponsor brief as PDF', suffix: 'brief' };
const MARKDOWN: ExportKind = {
  title: 'Export summary as Markdown',
  extension: 'md',
  suffix: 'full',
  filters: [{ name: 'Markdown', extensions: ['md', 'markdown'] }],
};
const JSON_CANVAS_FILTERS: FileFilter[] = [{ name: 'JSON Canvas', extensions: ['canvas'] }];
const JSON_CANVAS: ExportKind = {
  title: 'Export canvas as JSON Canvas',
  extension: 'canvas',
  suffix: 'canvas',
  filters: JSON_CANVAS_FILTERS,
};

/** A file name from user text: no path separators or characters Windows refuses. */
const safeFileName = (name: string) =>
  name
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);

/** The suggested file name, in the language the workshop's summary is written in (the renderer says which). */
function exportFileName(kind: ExportKind, suggestedName: string, workshop: Workshop): string {
  const t = summaryFormat(summaryLanguage(workshop.meta.language, 'en')).t;
  return `${safeFileName(suggestedName) || t('summary.untitled')} ${t(`summary.fileName.${kind.suffix}`)}.${kind.extension}`;
}

/**
 * Export (summary PDF, summary Markdown, JSON Canvas) and JSON Canvas import. The main process renders and
 * writes; the renderer only sends the document. Each export asks where to save, writes atomically, and
 * remembers the path so the renderer may ask to open that file — and only that file.
 */
export function exportHandlers(services: MainServices): DomainHandlers<'export'> {
  const { appInfo, dialogs, settings, pdfEngine, opener } = services;
  const exported = new Set<string>();
  const defaultFolder = () => settings.getPreferences().lastFolder ?? appInfo.documentsDir;

  const exportFile = async (
    kind: ExportKind,
    workshop: Workshop,
    suggestedName: string,
    make: () => Promise<string | Uint8Array>,
  ): Promise<ExportedFile | null> => {
    const chosen = await dialogs.showSaveDialog({
      title: kind.title,
      defaultPath: path.join(defaultFolder(), exportFileName(kind, suggestedName, workshop)),
      filters: kind.filters,
    });
    if (chosen === null) return null;
    const hasExtension = kind.filters.some((f) => f.extensions.some((ext) => chosen.toLowerCase().endsWith(`.${ext}`)));
    const target = path.resolve(hasExtension ? chosen : `${chosen}.${kind.extension}`);
    const content = await make();
    await writeExport(target, content);
    exported.add(target);
    settings.setLastFolder(path.dirname(target));
    return { path: target, bytes: typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength };
  };

  const renderPdf = async (workshop: Workshop, pageSize: 'A4' | 'Letter', scope: 'full' | 'brief') => {
    try {
      return await summaryPdf(workshop, pageSize, pdfEngine, scope);
    } catch (error) {
      if (error instanceof IpcFailure) throw error;
      throw IpcFailure.of({
        code: 'internal',
        sentence: 'pdf',
        reason: 'detail',
        values: { detail: error instanceof Error ? error.message : String(error) },
      });
    }
  };

  return {
    exportSummaryPdf: ({ workshop, suggestedName, pageSize, scope = 'full' }) =>
      exportFile(scope === 'brief' ? BRIEF_PDF : PDF, workshop, suggestedName, () => renderPdf(workshop, pageSize, scope)),
    exportSummaryMarkdown: ({ workshop, suggestedName }) =>
      exportFile(MARKDOWN, workshop, suggestedName, async () => summaryMarkdown(workshop)),
    exportJsonCanvas: ({ workshop, suggestedName }) =>
      exportFile(JSON_CANVAS, workshop, suggestedName, async () => jsonCanvasText(workshop)),
    importJsonCanvasDialog: async () => {
      const chosen = await dialogs.showOpenDialog({
        title: 'Import JSON Canvas',
        defaultPath: defaultFolder(),
        filters: JSON_CANVAS_FILTERS,
      });
      if (chosen === null) return null;
      const resolved = path.resolve(chosen);
      const { workshop, report } = await readJsonCanvasFile(resolved, new Date(), services.storage.fs);
      settings.setLastFolder(path.dirname(resolved));
      return { workshop, report, fileName: path.basename(resolved) };
    },
    openExportedFile: async ({ path: filePath }) => {
      const resolved = path.resolve(filePath);
      if (!exported.has(resolved)) {
        throw IpcFailure.of({ code: 'not-allowed', sentence: 'notExported' });
      }
      const problem = await opener.openPath(resolved);
      if (problem) throw fileFailure('io', 'open', resolved, 'detail', { detail: problem });
    },
  };
}
