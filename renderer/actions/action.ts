import type { MenuCommand } from '../../shared/menu-commands';

/**
 * One user action, behind a single registry: buttons, keyboard shortcuts, the application menu and the
 * keyboard map all go through the same `perform`.
 */
export interface AppAction {
  id: string;
  label: string;
  /** The shortcut as shown to people (keyboard map, tooltips), e.g. "Ctrl+S". */
  shortcut?: string;
  /** Whether a key event triggers this action. */
  keyTest?: (event: KeyboardEvent) => boolean;
  /** Run the shortcut even while the focus is in a text field. */
  allowInTextField?: boolean;
  /** The application-menu command that runs this action. */
  menuCommand?: MenuCommand;
  perform(): unknown;
}

export const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** Ctrl on Windows/Linux, Cmd on macOS. */
export const primaryModifier = (event: KeyboardEvent) => (isMac() ? event.metaKey : event.ctrlKey);

/** "Ctrl+S" on Windows/Linux, "⌘S"-style names stay readable as "Cmd+S" on macOS. */
export const shortcutLabel = (keys: string) => keys.replace('Mod', isMac() ? 'Cmd' : 'Ctrl');

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'range', 'color', 'submit', 'reset'].includes(target.type);
  }
  return false;
}
