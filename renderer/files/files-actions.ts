import { defineActions } from '../common/action';
import { useFileStore } from '../store/file-store';
import { useUiStore } from '../store/ui-store';
import { requestCloseWindow } from './close-window';
import { newWorkshop, openWorkshop, saveWorkshop, saveWorkshopAs } from './file-commands';
import { useFilesUiStore } from './files-ui-store';

/** The files feature's actions: new, open, save, details, recent files, backups, closing the window. */
export const FILES_ACTIONS = defineActions([
  { id: 'file.new', label: 'New workshop', onHome: true, perform: newWorkshop },
  { id: 'file.open', label: 'Open workshop…', onHome: true, perform: openWorkshop },
  { id: 'file.save', label: 'Save', perform: () => saveWorkshop() },
  { id: 'file.saveAs', label: 'Save as…', perform: saveWorkshopAs },
  { id: 'file.details', label: 'Workshop details…', perform: () => useUiStore.getState().setDetailsOpen(true) },
  {
    id: 'file.openRecent',
    label: 'Open recent…',
    onHome: true,
    perform: () => useFilesUiStore.getState().setRecentOpen(true),
  },
  {
    id: 'file.backups',
    label: 'Backups…',
    perform: () => {
      if (useFileStore.getState().path) useFilesUiStore.getState().setBackupsOpen(true);
      else useUiStore.getState().notify('info', 'This workshop has no file yet, so it has no backups. Save it first.');
    },
  },
  { id: 'file.close', label: 'Close window', onHome: true, perform: requestCloseWindow },
]);
