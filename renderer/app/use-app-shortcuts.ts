import { ACTION_SPECS, bindingsOf, type ActionSpec } from '../../shared/actions/action-specs';
import { matchesChord } from '../../shared/actions/keys';
import { isMenuCommand } from '../../shared/menu-commands';
import { isHostCommand } from '../../shared/ipc/host-types';
import { api } from '../api/copstudio-api';
import { runHostCommand } from '../files/host-commands';
import { isActionEnabled, isTextField, keyPlatform, scopeIsActive, type AppAction } from '../common/action';
import { performAction } from '../common/action-registry';
import { actionContext, watchActionState } from './action-state';
import { APP_ACTIONS } from './app-actions';

/** The action a key press runs: its keys match in a scope that holds now, it is enabled, and its key guard agrees. */
export function actionForKey(actions: ReadonlyArray<AppAction>, event: KeyboardEvent): AppAction | undefined {
  const context = actionContext();
  const platform = keyPlatform();
  const inTextField = isTextField(event.target);
  return actions.find((action) => {
    const spec: ActionSpec = ACTION_SPECS[action.id];
    if (inTextField && !spec.inTextField) return false;
    const matches = bindingsOf(action.id).some(
      (binding) => scopeIsActive(binding.scope, context) && matchesChord(binding.chord, event, platform),
    );
    return matches && (action.keyGuard?.(event, context) ?? true) && isActionEnabled(action, context);
  });
}

/**
 * Wires the action registry to the keyboard, to the application menu, and the menu's enabled state to the actions.
 * Started by the session; returns a stop function.
 */
export function wireAppShortcuts(): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const action = actionForKey(APP_ACTIONS, event);
    if (!action) return;
    event.preventDefault();
    void action.perform();
  };
  window.addEventListener('keydown', onKeyDown);
  const unsubscribe = api().onMenuCommand((command) => {
    if (isHostCommand(command)) return runHostCommand(command);
    // A disabled item cannot be clicked in Electron; a command that comes anyway does nothing.
    if (isMenuCommand(command)) performAction(command);
  });
  const stopWatching = watchActionState(APP_ACTIONS, (items) => api().setMenuEnabled({ items }));
  return () => {
    window.removeEventListener('keydown', onKeyDown);
    unsubscribe();
    stopWatching();
  };
}
