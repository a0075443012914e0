import { tr } from '../common/i18n';
import { api, errorText } from '../api/copstudio-api';
import { useFileStore } from './file-store';
import { useUiStore } from '../store/ui-store';
import { useWorkshopStore } from '../store/workshop-store';
import { useFilesUiStore } from './files-ui-store';
import { adoptJournalId, journalId } from './journal-id';
import { adoptJournal } from './recovery-journal';

/**
 * At start: offers, newest first, the unsaved work earlier sessions left in the recovery journal.
 * Restore loads it as unsaved edits (of its file, when it had one — autosave then saves it); Discard deletes
 * that journal; closing the dialog keeps it for the next start. Resolves true when something was restored.
 */
export async function offerRecoveredWork(): Promise<boolean> {
  const listed = await api().listRecoveredWork({ exceptJournalId: journalId() });
  if (!listed.ok) {
    useUiStore.getState().notify('error', errorText(listed.error));
    return false;
  }
  for (const work of listed.value) {
    const choice = await useFilesUiStore.getState().askAboutRecovery(work);
    if (choice === 'later') return false;
    if (choice === 'discard') {
      const cleared = await api().clearRecoveryJournal({ journalId: work.journalId });
      if (!cleared.ok) useUiStore.getState().notify('error', errorText(cleared.error));
      continue;
    }
    const read = await api().readRecoveredWork({ journalId: work.journalId });
    if (!read.ok) {
      useUiStore.getState().notify('error', errorText(read.error));
      continue;
    }
    adoptJournalId(work.journalId);
    adoptJournal();
    useWorkshopStore.getState().load(read.value.workshop);
    // Revisions start at 0 and only grow: -1 marks the restored document as not saved yet.
    useFileStore.getState().setOpened(read.value.path, -1);
    useUiStore.getState().notify('info', tr('files.recovery.restored', { title: read.value.title || tr('files.recovery.untitled') }));
    return true;
  }
  return false;
}
