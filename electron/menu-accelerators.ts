import type { MenuItemConstructorOptions } from 'electron';
import { actionSpec, bindingsOf, type ActionId } from '../shared/actions/action-specs';
import { chordAccelerator } from '../shared/actions/keys';

/**
 * The accelerator of a menu item whose keys belong to the renderer (plain keys such as N, G, 0, Delete, Esc, F5,
 * ?, and keys the renderer handles itself): shown in the menu but not registered, so typing in a text field stays
 * typing. `registerAccelerator` is honoured on Linux and Windows only (MenuItem.registerAccelerator,
 * "@platform linux,win32" — https://www.electronjs.org/docs/latest/api/menu-item); on macOS a menu item's
 * accelerator is always registered, so there the item shows no accelerator at all and the renderer keeps the key.
 */
export function rendererAccelerator(
  accelerator: string,
  isMac: boolean,
): Pick<MenuItemConstructorOptions, 'accelerator' | 'registerAccelerator'> {
  return isMac ? {} : { accelerator, registerAccelerator: false };
}

/** An action's menu accelerator, from the keys it declares (`shared/actions/action-specs.ts`): its first key. */
export function actionAccelerator(id: ActionId, isMac: boolean): Pick<MenuItemConstructorOptions, 'accelerator' | 'registerAccelerator'> {
  const first = bindingsOf(id)[0];
  if (!first) return {};
  const accelerator = chordAccelerator(first.chord);
  return actionSpec(id).menuOwnsKeys ? { accelerator } : rendererAccelerator(accelerator, isMac);
}
