import { BackupsDialog } from './BackupsDialog';
import { FileChooserDialog } from './FileChooserDialog';
import { ConflictDialog } from './ConflictDialog';
import { RecentFilesDialog } from './RecentFilesDialog';
import { RecoveryDialog } from './RecoveryDialog';

/** The files feature's dialogs in the shell (autosave and the recovery journal belong to the session). */
export function FilesDialogs() {
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
