import type { MenuItemConstructorOptions } from 'electron';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/menu-template';
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/menu-commands';
import type { AppAction } from '../../../renderer/actions/action';

/** Every menu item that sends a command, with its accelerator. */
function menuItems(): Array<{ command: MenuCommand; accelerator?: string; registerAccelerator?: boolean }> {
  const items: Array<{ command: MenuCommand; accelerator?: string; registerAccelerator?: boolean }> = [];
  let sent: MenuCommand | null = null;
  const walk = (entries: MenuItemConstructorOptions[]) => {
    for (const entry of entries) {
      if (Array.isArray(entry.submenu)) walk(entry.submenu);
      if (!entry.click) continue;
      sent = null;
      (entry.click as () => void)();
      if (sent) items.push({ command: sent, accelerator: entry.accelerator as string | undefined, registerAccelerator: entry.registerAccelerator });
    }
  };
  walk(buildMenuTemplate((command) => void (sent = command), false));
  return items;
}

/** "Ctrl+Shift+Up" (the keyboard map) and "CmdOrCtrl+Shift+Up" (Electron) name the same keys. */
const normalise = (keys: string) => keys.replace('CmdOrCtrl', 'Ctrl').replace('Shift+/', '?').replace(/^Plus$/, '+').toLowerCase();

describe('the menus carry every shortcut', () => {
  let actions: ReadonlyArray<AppAction> = [];
  beforeAll(async () => {
    vi.stubGlobal('navigator', { platform: 'Linux x86_64' });
    actions = (await import('../../../renderer/actions/app-actions')).APP_ACTIONS;
  });

  test('every menu command is sent by exactly one menu item', () => {
    expect(menuItems().map((i) => i.command).sort()).toEqual([...MENU_COMMANDS].sort());
  });

  test('every action with a shortcut is in the menu, with the same keys (except Esc, which only leaves projector mode)', () => {
    const items = menuItems();
    const missing: string[] = [];
    for (const action of actions.filter((a) => a.shortcut && a.id !== 'view.projector.leave')) {
      const item = items.find((i) => i.command === action.menuCommand);
      const firstKeys = action.shortcut!.split(' or ')[0]!;
      if (!item) missing.push(`${action.id}: no menu item`);
      else if (normalise(item.accelerator ?? '') !== normalise(firstKeys)) missing.push(`${action.id}: menu shows ${item.accelerator}, map shows ${firstKeys}`);
    }
    expect(missing).toEqual([]);
  });

  test('facilitation accelerators are shown but left to the renderer, so text fields keep their keys', () => {
    const facilitation = menuItems().filter((i) => i.command.startsWith('agenda.') || i.command === 'view.projector' || i.command.startsWith('view.show.'));
    expect(facilitation.length).toBe(14);
    expect(facilitation.every((i) => i.registerAccelerator === false)).toBe(true);
  });
});
