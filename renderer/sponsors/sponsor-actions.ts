import type { AppAction } from '../actions/action';
import { tr } from '../common/i18n';
import { useUiStore } from '../store/ui-store';
import { useSponsorsUi } from './sponsors-store';

/** Global actions of the sponsors feature (spread into `APP_ACTIONS`). */
export const SPONSOR_ACTIONS: ReadonlyArray<AppAction> = [
  {
    id: 'sponsors.pitch',
    // A getter: the label is read in the language shown when the menu or the keyboard map is drawn.
    get label() {
      return tr('sponsors.action.pitch');
    },
    shortcut: 'Alt+P',
    menuCommand: 'view.pitch',
    keyTest: (event) => event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyP',
    perform: () => {
      const showing = useUiStore.getState().view === 'sponsors' && useSponsorsUi.getState().pitch;
      useSponsorsUi.getState().setPitch(!showing);
      useUiStore.getState().setView('sponsors');
    },
  },
];
