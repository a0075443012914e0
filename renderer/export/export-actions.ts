import { tr } from '../common/i18n';
import type { ExportedFile } from '../../shared/ipc';
import type { PageSize } from '../../shared/summary/page-layout';
import { defineActions } from '../common/action';
import { confirmLeavingWorkshop } from '../files/public';
import { withSummaryLanguage } from '../../shared/summary/summary-language';
import { call, type CallResult } from '../api/copstudio-api';
import { useLanguageStore } from '../common/i18n';
import { useFileStore } from '../files/public';
import { useUiStore } from '../store/ui-store';
import { currentWorkshop, useWorkshopStore } from '../store/workshop-store';
import { recordTimeSpent } from '../agenda/public';
import { useExportStore } from './export-store';

const notify = (kind: 'info' | 'error', text: string) => useUiStore.getState().notify(kind, text);

/** Runs one export: one at a time, a status while it runs, then the "Open" offer or the error. */
async function runExport(what: string, busyText: string, run: () => Promise<CallResult<ExportedFile | null>>): Promise<void> {
  const store = useExportStore.getState();
  if (store.busy) return;
  store.setBusy(busyText);
  try {
    const result = await run();
    if (!result.ok) return notify('error', result.text);
    if (result.value) useExportStore.getState().setFinished({ path: result.value.path, what });
  } finally {
    useExportStore.getState().setBusy(null);
  }
}

const request = () => {
  // The summary's "actual" time of the step being run includes the run so far.
  recordTimeSpent();
  const workshop = currentWorkshop();
  // The workshop says the language its summary is written in (without a choice, the app's); the main process
  // names the file in that language too.
  return { workshop: withSummaryLanguage(workshop, useLanguageStore.getState().language), suggestedName: workshop.meta.title.trim() };
};

export const exportSummaryPdf = (pageSize: PageSize, scope: 'full' | 'brief' = 'full') =>
  scope === 'brief'
    ? runExport(tr('exportUi.what.brief'), tr('exportUi.busy.brief'), () => call('exportSummaryPdf', { ...request(), pageSize, scope }))
    : runExport(tr('exportUi.what.pdf'), tr('exportUi.busy.pdf'), () => call('exportSummaryPdf', { ...request(), pageSize, scope }));

export const exportSummaryMarkdown = () =>
  runExport(tr('exportUi.what.markdown'), tr('exportUi.busy.markdown'), () => call('exportSummaryMarkdown', request()));

export const exportJsonCanvas = () =>
  runExport(tr('exportUi.what.jsonCanvas'), tr('exportUi.busy.jsonCanvas'), () => call('exportJsonCanvas', request()));

export async function openExportedFile(path: string): Promise<void> {
  const result = await call('openExportedFile', { path });
  if (!result.ok) notify('error', result.text);
  else useExportStore.getState().setFinished(null);
}

/** Reads a `.canvas` file as a new, unsaved workshop (after the usual "unsaved changes" question). */
export async function importJsonCanvas(): Promise<void> {
  if (!(await confirmLeavingWorkshop())) return;
  const result = await call('importJsonCanvasDialog');
  if (!result.ok) return notify('error', result.text);
  if (!result.value) return;
  const { workshop, fileName, report } = result.value;
  useWorkshopStore.getState().load(workshop);
  useFileStore.getState().setOpened(null, useWorkshopStore.getState().revision);
  useUiStore.getState().setView('canvas');
  const parts: string[] = [tr('exportUi.imported.notes', { count: report.notes }), tr('exportUi.imported.zones', { count: report.zones })];
  if (report.themes) parts.push(tr('exportUi.imported.themes', { count: report.themes }));
  const left: string[] = [];
  if (report.skippedEdges) left.push(tr('exportUi.imported.skipped', { count: report.skippedEdges }));
  if (report.truncatedNotes) left.push(tr('exportUi.imported.truncated', { count: report.truncatedNotes }));
  notify(
    'info',
    tr('exportUi.imported.summary', { name: fileName, parts: parts.join(', ') }) +
      (left.length ? tr('exportUi.imported.left', { left: left.join('; ') }) : '') +
      tr('exportUi.imported.notSaved'),
  );
}

/** The export actions: buttons of the Export menu, File-menu commands, and Ctrl/Cmd+E for the A4 PDF. */
export const EXPORT_ACTIONS = defineActions([
  {
    id: 'export.pdf.a4',
    get label() {
      return tr('exportUi.action.pdfA4');
    },
    perform: () => exportSummaryPdf('A4'),
  },
  {
    id: 'export.pdf.letter',
    get label() {
      return tr('exportUi.action.pdfLetter');
    },
    perform: () => exportSummaryPdf('Letter'),
  },
  {
    id: 'export.pdf.brief',
    get label() {
      return tr('exportUi.action.brief');
    },
    perform: () => exportSummaryPdf('A4', 'brief'),
  },
  {
    id: 'export.markdown',
    get label() {
      return tr('exportUi.action.markdown');
    },
    perform: exportSummaryMarkdown,
  },
  {
    id: 'export.jsonCanvas',
    get label() {
      return tr('exportUi.action.jsonCanvas');
    },
    perform: exportJsonCanvas,
  },
  {
    id: 'import.jsonCanvas',
    get label() {
      return tr('exportUi.action.importJsonCanvas');
    },
    onHome: true,
    perform: importJsonCanvas,
  },
]);
