import { useEffect } from 'react';
import { startAutosave } from './autosave';
import { BackupsDialog } from './BackupsDialog';
import { FileChooserDialog } from './FileChooserDialog';
import { startConflictWatch } from './conflict';
import { ConflictDialog } from './ConflictDialog';
import { RecentFilesDialog } from './RecentFilesDialog';
import { RecoveryDialog } from './RecoveryDialog';
import { startRecoveryJournal } from './recovery-journal';

/** The files feature in the shell: its dialogs, autosave and the recovery journal. */
export function FilesDialogs() {
  useEffect(() => {
    const stopAutosave = startAutosave();
    const stopJournal = startRecoveryJournal();
    const stopConflictWatch = startConflictWatch();
    return () => {
      stopAutosave();
      stopJournal();
      stopConflictWatch();
    };
  }, []);
  return (
    <>
      <RecoveryDialog />
      <RecentFilesDialog />
      <BackupsDialog />
      <FileChooserDialog />
      <ConflictDialog />
    </>
  );
}
