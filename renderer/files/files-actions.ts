import { tr } from '../common/i18n';
import { shortcutLabel, primaryModifier, type AppAction } from '../actions/action';
import { useFileStore } from '../store/file-store';
import { useUiStore } from '../store/ui-store';
import { requestCloseWindow } from './close-window';
import { useFilesUiStore } from './files-ui-store';

/** Files & recovery actions (issue 4), spread into `APP_ACTIONS`. */
export const FILES_ACTIONS: ReadonlyArray<AppAction> = [
  {
    id: 'file.openRecent',
    get label() {
      return tr('files.action.openRecent');
    },
    shortcut: shortcutLabel('Mod+Shift+O'),
    keyTest: (event) => primaryModifier(event) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'o',
    allowInTextField: true,
    menuCommand: 'file.openRecent',
    perform: () => useFilesUiStore.getState().setRecentOpen(true),
  },
  {
    id: 'file.backups',
    get label() {
      return tr('files.action.backups');
    },
    menuCommand: 'file.backups',
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
    shortcut: shortcutLabel('Mod+W'),
    keyTest: (event) => primaryModifier(event) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'w',
    allowInTextField: true,
    menuCommand: 'file.close',
    perform: requestCloseWindow,
  },
];
