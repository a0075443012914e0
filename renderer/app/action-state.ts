import type { ActionId } from '../../shared/actions/action-specs';
import type { IpcResult } from '../../shared/ipc';
import { isActionEnabled, type ActionContext, type AppAction } from '../common/action';
import { useActionRegistryStore } from '../common/action-registry';
import { useFacilitationStore } from '../agenda/facilitation-store';
import { useCanvasUiStore } from '../canvas/canvas-ui-store';
import { useRoomStore } from '../room/room-store';
import { useFileStore } from '../files/file-store';
import { useUiStore } from '../store/ui-store';
import { useWorkshopStore } from '../store/workshop-store';

/** The state every action may read: the welcome screen, the view shown, projector mode. */
export function actionContext(): ActionContext {
  return { home: useFileStore.getState().home, view: useUiStore.getState().view, projecting: useFacilitationStore.getState().projecting };
}

/** The stores the actions' `enabled` read: on any change of one, the enabled state is computed again. */
const WATCHED_STORES: ReadonlyArray<{ subscribe(listener: () => void): () => void }> = [
  useFileStore,
  useUiStore,
  useFacilitationStore,
  useWorkshopStore,
  useCanvasUiStore,
  useRoomStore,
];

export type MenuEnabledItems = Array<{ id: ActionId; enabled: boolean }>;

/**
 * Keeps the registry's enabled state current (buttons follow it) and pushes each change to the application menu
 * (`setMenuEnabled`), in order: one push at a time, only the items that changed. Returns the stop function.
 */
export function watchActionState(
  actions: ReadonlyArray<AppAction>,
  pushToMenu: (items: MenuEnabledItems) => Promise<IpcResult<null>>,
): () => void {
  let pushed: Partial<Record<ActionId, boolean>> = {};
  let pushing: Promise<unknown> = Promise.resolve();
  const update = () => {
    const context = actionContext();
    const enabled = Object.fromEntries(actions.map((action) => [action.id, isActionEnabled(action, context)])) as Record<ActionId, boolean>;
    const changed = actions
      .filter((action) => pushed[action.id] !== enabled[action.id])
      .map((action) => ({ id: action.id, enabled: enabled[action.id] }));
    if (changed.length === 0) return;
    pushed = enabled;
    useActionRegistryStore.getState().setEnabled(enabled);
    // A menu that could not follow is not worth a message: the renderer still refuses a disabled action.
    pushing = pushing.then(() => pushToMenu(changed)).catch(() => undefined);
  };
  update();
  const unsubscribes = WATCHED_STORES.map((store) => store.subscribe(update));
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
}

/** At start, before the first render: the registry gets the app's actions and their enabled state. */
export function installActions(actions: ReadonlyArray<AppAction>): void {
  const context = actionContext();
  useActionRegistryStore.getState().install(actions);
  useActionRegistryStore.getState().setEnabled(Object.fromEntries(actions.map((action) => [action.id, isActionEnabled(action, context)])));
}
