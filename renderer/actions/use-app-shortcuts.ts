import { useEffect } from 'react';
import { isMenuCommand } from '../../shared/menu-commands';
import { isHostCommand } from '../../shared/ipc/host-types';
import { api } from '../api/copstudio-api';
import { runHostCommand } from '../files/host-commands';
import { isTextField } from './action';
import { APP_ACTIONS } from './app-actions';

/** Wires the action registry to the keyboard and to the application menu. */
export function useAppShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const inTextField = isTextField(event.target);
      const action = APP_ACTIONS.find((a) => a.keyTest?.(event) && (a.allowInTextField || !inTextField));
      if (!action) return;
      event.preventDefault();
      void action.perform();
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = api().onMenuCommand((command) => {
      if (isHostCommand(command)) return runHostCommand(command);
      if (!isMenuCommand(command)) return;
      void APP_ACTIONS.find((a) => a.menuCommand === command)?.perform();
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, []);
}
