import { createWorkshop } from '../../shared/domain/new-workshop';
import type { OpenedWorkshop } from '../../shared/ipc';
import { call, type CallFailure } from '../api/copstudio-api';
import { tr } from '../common/i18n';
import { hasUnsavedChanges } from './dirty';
import { discardJournal } from './recovery-journal';
import { CONFLICT_TEXT } from './conflict-text';
import { useFilesUiStore } from './files-ui-store';
import { baseNameOf, useFileStore } from './file-store';
import { usePromptStore } from './prompt-store';
import { useUiStore } from '../store/ui-store';
import { currentWorkshop, useWorkshopStore } from '../store/workshop-store';

const notifyError = (text: string) => useUiStore.getState().notify('error', text);

export { hasUnsavedChanges };

export function showOpened(opened: OpenedWorkshop): void {
  useWorkshopStore.getState().load(opened.workshop);
  useFileStore.getState().setOpened(opened.path, useWorkshopStore.getState().revision, opened.readOnly);
  useFilesUiStore.getState().setConflict(null);
  if (opened.notice) useUiStore.getState().notify('info', opened.notice);
  if (opened.migratedFrom !== null) {
    useUiStore.getState().notify('info', tr('app.file.migrated', { name: baseNameOf(opened.path) }));
  }
}

/** Shows a failed save: the short reason in the save status, the full sentence as a message (once, when quiet). */
function showSaveFailure(failure: CallFailure, quiet: boolean): void {
  const previous = useFileStore.getState().status;
  const { reason } = failure;
  useFileStore.getState().setStatus({ kind: 'error', reason });
  if (!quiet || previous.kind !== 'error' || previous.reason !== reason) {
    notifyError(tr('app.file.saveFailed', { message: failure.text }));
  }
}

/**
 * Saves to the current file, or asks where when there is none. Returns false when nothing was saved.
 * `quiet` (autosave): a failure that repeats the previous one does not raise a new message.
 */
export async function saveWorkshop(options: { quiet?: boolean; overwriteChanged?: boolean } = {}): Promise<boolean> {
  const { path, readOnly } = useFileStore.getState();
  if (!path || readOnly) return options.quiet ? false : saveWorkshopAs();
  const filesUi = useFilesUiStore.getState();
  if (filesUi.conflict) {
    // The file changed elsewhere: never written over without the person's choice.
    if (!options.quiet) filesUi.setConflictOpen(true);
    return false;
  }
  const revision = useWorkshopStore.getState().revision;
  useFileStore.getState().setStatus({ kind: 'saving' });
  const result = await call('saveWorkshop', {
    path,
    workshop: currentWorkshop(),
    ...(options.overwriteChanged ? { overwriteChanged: true } : {}),
  });
  if (!result.ok) {
    if (result.error.code === 'conflict') {
      useFileStore.getState().setStatus({ kind: 'error', reason: CONFLICT_TEXT.status });
      filesUi.setConflict({ path, backupId: result.error.conflict?.backupId ?? null });
      return false;
    }
    showSaveFailure(result, Boolean(options.quiet));
    return false;
  }
  useFileStore.getState().markSaved(result.value.path, revision, result.value.savedAt);
  if (result.value.notice) useUiStore.getState().notify('info', result.value.notice);
  return true;
}

export async function saveWorkshopAs(): Promise<boolean> {
  const workshop = currentWorkshop();
  const revision = useWorkshopStore.getState().revision;
  const result = await call('saveWorkshopAs', { workshop, suggestedName: workshop.meta.title || tr('app.file.defaultName') });
  if (!result.ok) {
    showSaveFailure(result, false);
    return false;
  }
  if (result.value === null) return false;
  useFileStore.getState().markSaved(result.value.path, revision, result.value.savedAt);
  if (result.value.notice) useUiStore.getState().notify('info', result.value.notice);
  return true;
}

/**
 * Before the document is replaced or the window closes: a workshop with a file is saved first (autosave on
 * close); when edits would still be lost (never saved, or the save failed) it asks "Save / Don't save / Cancel".
 * Resolves true when it is safe to go on.
 */
export async function confirmLeavingWorkshop(): Promise<boolean> {
  if (!hasUnsavedChanges()) return true;
  const { path, readOnly } = useFileStore.getState();
  if (path && !readOnly && (await saveWorkshop({ quiet: true }))) return true;
  const choice = await usePromptStore
    .getState()
    .ask(path ? baseNameOf(path) : currentWorkshop().meta.title || tr('app.file.thisNewWorkshop'));
  if (choice === 'cancel') return false;
  if (choice === 'discard') {
    await discardJournal();
    return true;
  }
  return saveWorkshop();
}

/** File ▸ New: after the usual "unsaved changes" question, back to the welcome screen to choose a template. */
export async function newWorkshop(): Promise<void> {
  if (!(await confirmLeavingWorkshop())) return;
  useWorkshopStore.getState().load(createWorkshop());
  useFileStore.getState().setOpened(null, useWorkshopStore.getState().revision);
  useFileStore.getState().showHome();
}

export async function openWorkshop(): Promise<void> {
  if (!(await confirmLeavingWorkshop())) return;
  const result = await call('openWorkshopDialog');
  if (!result.ok) return notifyError(result.text);
  if (result.value) showOpened(result.value);
}

export async function openRecentWorkshop(path: string): Promise<void> {
  if (!(await confirmLeavingWorkshop())) return;
  const result = await call('openRecentWorkshop', { path });
  if (!result.ok) return notifyError(result.text);
  showOpened(result.value);
}
