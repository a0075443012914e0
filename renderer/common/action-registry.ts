import { create } from 'zustand';
import type { ActionId } from '../../shared/actions/action-specs';
import type { AppAction } from './action';

interface ActionRegistryState {
  /** The app's actions by id, installed once at start by the app (`renderer/app/app-actions.ts`). */
  actions: Partial<Record<ActionId, AppAction>>;
  /** Whether each action can run now, kept current by the app on every change of the state they read. */
  enabled: Partial<Record<ActionId, boolean>>;
  install(actions: ReadonlyArray<AppAction>): void;
  setEnabled(enabled: Partial<Record<ActionId, boolean>>): void;
  reset(): void;
}

/**
 * The registry the views read: buttons find their action by id here, without importing the features that declare
 * them (features do not import each other, nor the app).
 */
export const useActionRegistryStore = create<ActionRegistryState>()((set) => ({
  actions: {},
  enabled: {},
  install: (actions) => set({ actions: Object.fromEntries(actions.map((action) => [action.id, action])) }),
  setEnabled: (enabled) => set({ enabled }),
  reset: () => set({ actions: {}, enabled: {} }),
}));

export const findAction = (id: ActionId): AppAction | undefined => useActionRegistryStore.getState().actions[id];

/** Runs an action if it can run now (a disabled action does nothing). */
export function performAction(id: ActionId): void {
  const { actions, enabled } = useActionRegistryStore.getState();
  const action = actions[id];
  if (action && enabled[id] !== false) void action.perform();
}
