import type { MenuItemConstructorOptions } from 'electron';
import type { ActionId } from '../shared/actions/action-specs';
import { actionAccelerator } from './menu-accelerators';

/** The enabled state of the actions' menu items, as the renderer last pushed it (`setMenuEnabled`); absent: enabled. */
export type MenuEnabled = Readonly<Partial<Record<ActionId, boolean>>>;

export interface ActionMenuContext {
  send: (command: ActionId) => void;
  isMac: boolean;
  enabled: MenuEnabled;
}

/**
 * The menu item of an action: `id` is the action's id (so the renderer's enabled state can be applied to it with
 * `Menu.getMenuItemById`), the accelerator comes from the keys the action declares, a click sends the action.
 */
export function actionMenuItem(label: string, id: ActionId, { send, isMac, enabled }: ActionMenuContext): MenuItemConstructorOptions {
  return {
    id,
    label,
    enabled: enabled[id] ?? true,
    ...actionAccelerator(id, isMac),
    click: () => send(id),
  };
}
