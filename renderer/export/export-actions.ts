import type { ExportedFile, IpcResult } from '../../shared/ipc';
import type { PageSize } from '../../shared/summary/page-layout';
import { defineActions } from '../common/action';
import { confirmLeavingWorkshop } from '../files/file-commands';
import { api } from '../api/copstudio-api';
import { useFileStore } from '../store/file-store';
import { useUiStore } from '../store/ui-store';
import { currentWorkshop, useWorkshopStore } from '../store/workshop-store';
import { recordTimeSpent } from '../agenda/facilitation-store';
import { useExportStore } from './export-store';

const notify = (kind: 'info' | 'error', text: string) => useUiStore.getState().notify(kind, text);

/** Runs one export: one at a time, a status while it runs, then the "Open" offer or the error. */
async function runExport(what: string, busyText: string, call: () => Promise<IpcResult<ExportedFile | null>>): Promise<void> {
  const store = useExportStore.getState();
  if (store.busy) return;
  store.setBusy(busyText);
  try {
    const result = await call();
    if (!result.ok) return notify('error', result.error.message);
    if (result.value) useExportStore.getState().setFinished({ path: result.value.path, what });
  } finally {
    useExportStore.getState().setBusy(null);
  }
}

const request = () => {
  // The summary's "actual" time of the step being run includes the run so far.
  recordTimeSpent();
  const workshop = currentWorkshop();
  return { workshop, suggestedName: workshop.meta.title.trim() || 'Workshop' };
};

export const exportSummaryPdf = (pageSize: PageSize, scope: 'full' | 'brief' = 'full') =>
  scope === 'brief'
    ? runExport('Sponsor brief', 'Making the sponsor brief…', () => api().exportSummaryPdf({ ...request(), pageSize, scope }))
    : runExport('PDF summary', 'Making the PDF summary…', () => api().exportSummaryPdf({ ...request(), pageSize, scope }));

export const exportSummaryMarkdown = () => runExport('Markdown summary', 'Writing the Markdown summary…', () => api().exportSummaryMarkdown(request()));

export const exportJsonCanvas = () => runExport('JSON Canvas', 'Writing the JSON Canvas…', () => api().exportJsonCanvas(request()));

export async function openExportedFile(path: string): Promise<void> {
  const result = await api().openExportedFile({ path });
  if (!result.ok) notify('error', result.error.message);
  else useExportStore.getState().setFinished(null);
}

/** Reads a `.canvas` file as a new, unsaved workshop (after the usual "unsaved changes" question). */
export async function importJsonCanvas(): Promise<void> {
  if (!(await confirmLeavingWorkshop())) return;
  const result = await api().importJsonCanvasDialog();
  if (!result.ok) return notify('error', result.error.message);
  if (!result.value) return;
  const { workshop, fileName, report } = result.value;
  useWorkshopStore.getState().load(workshop);
  useFileStore.getState().setOpened(null, useWorkshopStore.getState().revision);
  useUiStore.getState().setView('canvas');
  const parts = [`${report.notes} note${report.notes === 1 ? '' : 's'}`, `${report.zones} zone${report.zones === 1 ? '' : 's'}`];
  if (report.themes) parts.push(`${report.themes} theme${report.themes === 1 ? '' : 's'}`);
  const left: string[] = [];
  if (report.skippedEdges) left.push(`${report.skippedEdges} connection${report.skippedEdges === 1 ? ' was' : 's were'} left out (the canvas has no arrows)`);
  if (report.truncatedNotes) left.push(`${report.truncatedNotes} long note${report.truncatedNotes === 1 ? ' was' : 's were'} shortened`);
  notify('info', `Imported "${fileName}" as a new workshop: ${parts.join(', ')}.${left.length ? ` ${left.join('; ')}.` : ''} It is not saved yet.`);
}

/** The export actions: buttons of the Export menu, File-menu commands, and Ctrl/Cmd+E for the A4 PDF. */
export const EXPORT_ACTIONS = defineActions([
  { id: 'export.pdf.a4', label: 'Export summary as PDF (A4)…', perform: () => exportSummaryPdf('A4') },
  { id: 'export.pdf.letter', label: 'Export summary as PDF (Letter)…', perform: () => exportSummaryPdf('Letter') },
  { id: 'export.pdf.brief', label: 'Export sponsor brief as PDF (one page)…', perform: () => exportSummaryPdf('A4', 'brief') },
  { id: 'export.markdown', label: 'Export summary as Markdown…', perform: exportSummaryMarkdown },
  { id: 'export.jsonCanvas', label: 'Export canvas as JSON Canvas…', perform: exportJsonCanvas },
  { id: 'import.jsonCanvas', label: 'Import JSON Canvas…', onHome: true, perform: importJsonCanvas },
]);
