import type { AppAction } from '../actions/action';
import { tr } from '../common/i18n';
import { useUiStore } from '../store/ui-store';
import { currentWorkshop } from '../store/workshop-store';
import { useBacklogUi } from './backlog-ui-store';

/** Opens the "New activity" dialog for the first column. */
export function newActivity(): void {
  const first = currentWorkshop().backlog.columns[0];
  if (first) useBacklogUi.getState().openEditor({ mode: 'create', columnId: first.id });
}

/** The backlog's global actions (spread into APP_ACTIONS). */
export const BACKLOG_ACTIONS: ReadonlyArray<AppAction> = [
  {
    id: 'backlog.newActivity',
    // A getter: the label is read in the language shown when the menu or the keyboard map is drawn.
    get label() {
      return tr('backlog.action.newActivity');
    },
    shortcut: 'N',
    menuCommand: 'backlog.newActivity',
    keyTest: (event) =>
      event.key.toLowerCase() === 'n' &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey &&
      useUiStore.getState().view === 'backlog' &&
      document.querySelector('dialog[open]') === null,
    perform: () => {
      useUiStore.getState().setView('backlog');
      newActivity();
    },
  },
];
