import { useEffect } from 'react';
import { startAutosave } from './autosave';
import { BackupsDialog } from './BackupsDialog';
import { FileChooserDialog } from './FileChooserDialog';
import { RecentFilesDialog } from './RecentFilesDialog';
import { RecoveryDialog } from './RecoveryDialog';
import { startRecoveryJournal } from './recovery-journal';

/** The files feature in the shell: its dialogs, autosave and the recovery journal. */
export function FilesDialogs() {
  useEffect(() => {
    const stopAutosave = startAutosave();
    const stopJournal = startRecoveryJournal();
    return () => {
      stopAutosave();
      stopJournal();
    };
  }, []);
  return (
    <>
      <RecoveryDialog />
      <RecentFilesDialog />
      <BackupsDialog />
      <FileChooserDialog />
    </>
  );
}
