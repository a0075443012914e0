import { defineActions } from '../common/action';
import { tr } from '../common/i18n';
import { useUiStore } from '../store/ui-store';
import { currentWorkshop } from '../store/workshop-store';
import { useBacklogUiStore } from './backlog-ui-store';

/** Opens the "New activity" dialog for the first column. */
export function newActivity(): void {
  const first = currentWorkshop().backlog.columns[0];
  if (first) useBacklogUiStore.getState().openEditor({ mode: 'create', columnId: first.id });
}

/** The backlog's global actions. */
export const BACKLOG_ACTIONS = defineActions([
  {
    id: 'backlog.newActivity',
    // A getter: the label is read in the language shown when the menu or the keyboard map is drawn.
    get label() {
      return tr('backlog.action.newActivity');
    },
    // Its key (N) is a plain letter: not while a dialog is open.
    keyGuard: () => document.querySelector('dialog[open]') === null,
    perform: () => {
      useUiStore.getState().setView('backlog');
      newActivity();
    },
  },
]);
