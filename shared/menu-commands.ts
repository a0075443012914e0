import { ACTION_IDS, isActionId, type ActionId } from './actions/action-specs';

/**
 * Commands the application menu sends to the renderer: the actions of `shared/actions/action-specs.ts`, each the
 * same action as its buttons and shortcuts in the renderer.
 */
export const MENU_COMMANDS: readonly ActionId[] = ACTION_IDS;
export type MenuCommand = ActionId;

export function isMenuCommand(value: unknown): value is MenuCommand {
  return isActionId(value);
}
