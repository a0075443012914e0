import type { AppAction } from '../actions/action';
import { useUiStore } from '../store/ui-store';
import { useSponsorsUi } from './sponsors-store';

/** Global actions of the sponsors feature (spread into `APP_ACTIONS`). */
export const SPONSOR_ACTIONS: ReadonlyArray<AppAction> = [
  {
    id: 'sponsors.pitch',
    label: 'Show or leave the sponsor pitch',
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
