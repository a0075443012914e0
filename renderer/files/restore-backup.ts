import type { Workshop } from '../../shared/schema';
import { api, errorText } from '../api/copstudio-api';
import { tr } from '../common/i18n';
import { useFileStore } from './file-store';
import { useUiStore } from '../store/ui-store';
import { useWorkshopStore } from '../store/workshop-store';
import { formatDateTime } from './format';

/**
 * Restores a backup of the current file as one undoable change: the document becomes that version (autosave
 * then writes it), the version on disk was kept as a "before restore" backup, and Undo brings the edits back.
 */
export async function restoreBackup(id: string): Promise<boolean> {
  const path = useFileStore.getState().path;
  if (!path) return false;
  const result = await api().restoreBackup({ path, id });
  if (!result.ok) {
    useUiStore.getState().notify('error', errorText(result.error));
    return false;
  }
  const restored: Workshop = result.value.workshop;
  const when = formatDateTime(result.value.takenAt);
  useWorkshopStore.getState().change(tr('files.backups.undo', { when }), (draft) => {
    Object.assign(draft, restored);
  });
  useUiStore.getState().notify('info', tr('files.backups.restored', { when }));
  return true;
}
