import { tr } from '../common/i18n';
import { defineActions } from '../common/action';
import { useFileStore } from './file-store';
import { useUiStore } from '../store/ui-store';
import { requestCloseWindow } from './close-window';
import { newWorkshop, openWorkshop, saveWorkshop, saveWorkshopAs } from './file-commands';
import { useFilesUiStore } from './files-ui-store';

/** The files feature's actions: new, open, save, details, recent files, backups, closing the window. */
export const FILES_ACTIONS = defineActions([
  {
    id: 'file.new',
    get label() {
      return tr('app.action.newWorkshop');
    },
    onHome: true,
    perform: newWorkshop,
  },
  {
    id: 'file.open',
    get label() {
      return tr('app.action.openWorkshop');
    },
    onHome: true,
    perform: openWorkshop,
  },
  {
    id: 'file.save',
    get label() {
      return tr('app.action.save');
    },
    perform: () => saveWorkshop(),
  },
  {
    id: 'file.saveAs',
    get label() {
      return tr('app.action.saveAs');
    },
    perform: saveWorkshopAs,
  },
  {
    id: 'file.details',
    get label() {
      return tr('app.action.details');
    },
    perform: () => useUiStore.getState().setDetailsOpen(true),
  },
  {
    id: 'file.openRecent',
    get label() {
      return tr('files.action.openRecent');
    },
    onHome: true,
    perform: () => useFilesUiStore.getState().setRecentOpen(true),
  },
  {
    id: 'file.backups',
    get label() {
      return tr('files.action.backups');
    },
    perform: () => {
      if (useFileStore.getState().path) useFilesUiStore.getState().setBackupsOpen(true);
      else useUiStore.getState().notify('info', tr('files.backups.noFile'));
    },
  },
  {
    id: 'file.close',
    get label() {
      return tr('files.action.closeWindow');
    },
    onHome: true,
    perform: requestCloseWindow,
  },
]);
