import { tr } from '../common/i18n';
import { newId } from '../../shared/domain/ids';
import { showOpened, saveWorkshop, saveWorkshopAs } from './file-commands';
import { api, errorText, onAppEvent } from '../api/copstudio-api';
import { baseNameOf, useFileStore } from './file-store';
import { useUiStore } from '../store/ui-store';
import { currentWorkshop, useWorkshopStore } from '../store/workshop-store';
import { CONFLICT_TEXT } from './conflict-text';
import { hasUnsavedChanges } from './dirty';
import { useFilesUiStore } from './files-ui-store';

export type ConflictChoice = 'keep-mine' | 'take-theirs' | 'save-copy';

const notify = (kind: 'info' | 'error', text: string) => useUiStore.getState().notify(kind, text);

/** Loads the file as it is on disk now. */
async function reload(path: string): Promise<boolean> {
  const result = await api().openRecentWorkshop({ path });
  if (!result.ok) {
    notify('error', errorText(result.error));
    return false;
  }
  showOpened(result.value);
  return true;
}

/** The person's answer to "changed by another program". */
export async function resolveConflict(choice: ConflictChoice): Promise<void> {
  const filesUi = useFilesUiStore.getState();
  const conflict = filesUi.conflict;
  if (!conflict) return;
  const name = baseNameOf(conflict.path);
  filesUi.setConflictOpen(false);
  if (choice === 'keep-mine') {
    filesUi.setConflict(null);
    if (await saveWorkshop({ overwriteChanged: true })) notify('info', CONFLICT_TEXT.keptMine(name));
    return;
  }
  if (choice === 'take-theirs') {
    if (hasUnsavedChanges()) {
      // Mine is journaled under its own id, so loading theirs (which clears this session's journal) keeps it.
      const kept = await api().writeRecoveryJournal({ journalId: `kept-${newId()}`, path: conflict.path, workshop: currentWorkshop() });
      if (!kept.ok) {
        notify('error', tr('files.conflict.notKept', { message: errorText(kept.error) }));
        filesUi.setConflictOpen(true);
        return;
      }
    }
    if (await reload(conflict.path)) notify('info', CONFLICT_TEXT.tookTheirs(name));
    return;
  }
  if (await saveWorkshopAs()) filesUi.setConflict(null);
  else filesUi.setConflictOpen(true);
}

/**
 * Listens for "the open file changed on disk". With unsaved edits, autosave stops and the person is asked;
 * without, the new version is simply loaded. Returns a stop function.
 */
export function startConflictWatch(): () => void {
  const stopEvents = onAppEvent('workshop.fileChanged', ({ path }) => {
    if (useFileStore.getState().path !== path || useFilesUiStore.getState().conflict) return;
    const ask = () => {
      useFileStore.getState().setStatus({ kind: 'error', reason: CONFLICT_TEXT.status });
      useFilesUiStore.getState().setConflict({ path, backupId: null });
    };
    if (hasUnsavedChanges()) return ask();
    const revision = useWorkshopStore.getState().revision;
    void api()
      .openRecentWorkshop({ path })
      .then((result) => {
        if (!result.ok) return notify('error', errorText(result.error));
        // An edit made while the new version was read is not thrown away: ask instead.
        if (useWorkshopStore.getState().revision !== revision || useFileStore.getState().path !== path) return ask();
        showOpened(result.value);
        notify('info', CONFLICT_TEXT.reloaded(baseNameOf(path)));
      });
  });
  // Another file (New, Open, an import): the question was about the previous one.
  const stopFile = useFileStore.subscribe((state, previous) => {
    const conflict = useFilesUiStore.getState().conflict;
    if (state.path !== previous.path && conflict && conflict.path !== state.path) useFilesUiStore.getState().setConflict(null);
  });
  return () => {
    stopEvents();
    stopFile();
  };
}
