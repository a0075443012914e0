import { createWorkshop } from '../../shared/domain/new-workshop';
import type { OpenedWorkshop } from '../../shared/ipc';
import { api } from '../api/copstudio-api';
import { fileNameOf, useFileStore } from '../store/file-store';
import { usePromptStore } from '../store/prompt-store';
import { useUiStore } from '../store/ui-store';
import { currentWorkshop, useWorkshopStore } from '../store/workshop-store';

const notifyError = (text: string) => useUiStore.getState().notify('error', text);

/** Unsaved edits: the document moved on since it was last written. */
export function hasUnsavedChanges(): boolean {
  return useWorkshopStore.getState().revision !== useFileStore.getState().savedRevision;
}

export function showOpened(opened: OpenedWorkshop): void {
  useWorkshopStore.getState().load(opened.workshop);
  useFileStore.getState().setOpened(opened.path, useWorkshopStore.getState().revision, opened.readOnly);
  if (opened.migratedFrom !== null) {
    useUiStore
      .getState()
      .notify('info', `"${fileNameOf(opened.path)}" was made by an older CoP Studio; it was updated in memory and its original is kept as a backup on the first save.`);
  }
}

/** Saves to the current file, or asks where when there is none. Returns false when nothing was saved. */
export async function saveWorkshop(): Promise<boolean> {
  const { path, readOnly } = useFileStore.getState();
  if (!path || readOnly) return saveWorkshopAs();
  const revision = useWorkshopStore.getState().revision;
  useFileStore.getState().setStatus({ kind: 'saving' });
  const result = await api().saveWorkshop({ path, workshop: currentWorkshop() });
  if (!result.ok) {
    useFileStore.getState().setStatus({ kind: 'error', reason: result.error.message });
    notifyError(result.error.message);
    return false;
  }
  useFileStore.getState().markSaved(result.value.path, revision, result.value.savedAt);
  return true;
}

export async function saveWorkshopAs(): Promise<boolean> {
  const workshop = currentWorkshop();
  const revision = useWorkshopStore.getState().revision;
  const result = await api().saveWorkshopAs({ workshop, suggestedName: workshop.meta.title || 'Workshop' });
  if (!result.ok) {
    useFileStore.getState().setStatus({ kind: 'error', reason: result.error.message });
    notifyError(result.error.message);
    return false;
  }
  if (result.value === null) return false;
  useFileStore.getState().markSaved(result.value.path, revision, result.value.savedAt);
  return true;
}

/** Asks "Save / Don't save / Cancel" when there are unsaved edits. Resolves true when it is safe to go on. */
export async function confirmLeavingWorkshop(): Promise<boolean> {
  if (!hasUnsavedChanges()) return true;
  const choice = await usePromptStore.getState().ask(fileNameOf(useFileStore.getState().path));
  if (choice === 'cancel') return false;
  if (choice === 'discard') return true;
  return saveWorkshop();
}

export async function newWorkshop(): Promise<void> {
  if (!(await confirmLeavingWorkshop())) return;
  useWorkshopStore.getState().load(createWorkshop());
  useFileStore.getState().setOpened(null, useWorkshopStore.getState().revision);
}

export async function openWorkshop(): Promise<void> {
  if (!(await confirmLeavingWorkshop())) return;
  const result = await api().openWorkshopDialog();
  if (!result.ok) return notifyError(result.error.message);
  if (result.value) showOpened(result.value);
}

export async function openRecentWorkshop(path: string): Promise<void> {
  if (!(await confirmLeavingWorkshop())) return;
  const result = await api().openRecentWorkshop({ path });
  if (!result.ok) return notifyError(result.error.message);
  showOpened(result.value);
}
