import { defineActions } from '../common/action';
import { tr } from '../common/i18n';
import { useUiStore } from '../store/ui-store';
import { useSponsorsUiStore } from './sponsors-ui-store';

/** Global actions of the sponsors feature. */
export const SPONSOR_ACTIONS = defineActions([
  {
    id: 'view.pitch',
    // A getter: the label is read in the language shown when the menu or the keyboard map is drawn.
    get label() {
      return tr('sponsors.action.pitch');
    },
    perform: () => {
      const showing = useUiStore.getState().view === 'sponsors' && useSponsorsUiStore.getState().pitch;
      useSponsorsUiStore.getState().setPitch(!showing);
      useUiStore.getState().setView('sponsors');
    },
  },
]);
