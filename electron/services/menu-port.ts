import type { ActionId } from '../../shared/actions/action-specs';

export interface MenuItemState {
  id: ActionId;
  enabled: boolean;
}

/**
 * The application menu, as far as the renderer drives it: its items follow the enabled state of the actions they
 * run. Electron applies it to the native menu's items by id; hosts without a native menu keep it (tests read it).
 */
export interface MenuPort {
  setEnabled(items: readonly MenuItemState[]): void;
}

/** For hosts without a native menu (the browser host): remembers the state, for tests to read. */
export interface RecordedMenu extends MenuPort {
  /** An item's state as last pushed; undefined when the renderer never said (the item is enabled). */
  enabled(id: ActionId): boolean | undefined;
}

export function recordingMenuPort(): RecordedMenu {
  const state = new Map<ActionId, boolean>();
  return {
    setEnabled: (items) => items.forEach((item) => state.set(item.id, item.enabled)),
    enabled: (id) => state.get(id),
  };
}
