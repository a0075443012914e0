import { useEffect } from 'react';
import { isMenuCommand } from '../../shared/menu-commands';
import { api } from '../api/copstudio-api';
import { isTextField } from './action';
import { APP_ACTIONS } from './app-actions';
import { useFileStore } from '../store/file-store';
import type { AppAction } from './action';

/**
 * On the welcome screen (no workshop open) only these actions apply: nothing to save, edit, export or show.
 * `file.close` closes the window.
 */
const HOME_ACTIONS = /^(file\.(new|open|openRecent|close)|import\.|help\.|view\.(theme|language)\.)/;
const applies = (action: AppAction) => !useFileStore.getState().home || HOME_ACTIONS.test(action.id);

/** Wires the action registry to the keyboard and to the application menu. */
export function useAppShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const inTextField = isTextField(event.target);
      const action = APP_ACTIONS.find((a) => a.keyTest?.(event) && (a.allowInTextField || !inTextField));
      if (!action || !applies(action)) return;
      event.preventDefault();
      void action.perform();
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = api().onMenuCommand((command) => {
      if (!isMenuCommand(command)) return;
      const action = APP_ACTIONS.find((a) => a.menuCommand === command);
      if (action && applies(action)) void action.perform();
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, []);
}
