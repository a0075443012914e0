import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, test } from 'vitest';
import { buildMenuTemplate } from '../../../electron/menu-template';
import { ACTION_SPECS, bindingsOf, type ActionSpec } from '../../../shared/actions/action-specs';
import { chordAccelerator } from '../../../shared/actions/keys';
import { translator } from '../../../shared/i18n';
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/menu-commands';
import { VIEW_IDS } from '../../../shared/schema';
import type { MenuEnabled } from '../../../electron/menu-item';

interface SentItem {
  command: MenuCommand;
  id?: string;
  enabled?: boolean;
  accelerator?: string;
  registerAccelerator?: boolean;
}

/** Every menu item that sends a command, with its id, enabled state and accelerator. */
function menuItems(isMac = false, enabled: MenuEnabled = {}): SentItem[] {
  const items: SentItem[] = [];
  let sent: MenuCommand | null = null;
  const walk = (entries: MenuItemConstructorOptions[]) => {
    for (const entry of entries) {
      if (Array.isArray(entry.submenu)) walk(entry.submenu);
      if (!entry.click) continue;
      sent = null;
      (entry.click as () => void)();
      if (sent) {
        items.push({
          command: sent,
          id: entry.id,
          enabled: entry.enabled,
          accelerator: entry.accelerator as string | undefined,
          registerAccelerator: entry.registerAccelerator,
        });
      }
    }
  };
  walk(buildMenuTemplate((command) => void (sent = command), isMac, { t: translator('en'), system: 'en' }, enabled));
  return items;
}

describe('the menus carry every action, with the keys it declares', () => {
  test('every menu command is sent by exactly one menu item, whose id is the action', () => {
    const items = menuItems();
    expect(items.map((i) => i.command).sort()).toEqual([...MENU_COMMANDS].sort());
    expect(items.filter((i) => i.id !== i.command)).toEqual([]);
  });

  test('every action with keys shows its first key as the accelerator; only the actions that own their keys register them', () => {
    const wrong: string[] = [];
    for (const item of menuItems()) {
      const first = bindingsOf(item.command)[0];
      const spec: ActionSpec = ACTION_SPECS[item.command];
      const expected = first ? chordAccelerator(first.chord) : undefined;
      if (item.accelerator !== expected) wrong.push(`${item.command}: menu shows ${item.accelerator}, the action declares ${expected}`);
      if (expected && (item.registerAccelerator !== false) !== Boolean(spec.menuOwnsKeys))
        wrong.push(`${item.command}: registered ${item.registerAccelerator}`);
    }
    expect(wrong).toEqual([]);
    expect(menuItems().find((i) => i.command === 'canvas.duplicate')).toMatchObject({
      accelerator: 'CmdOrCtrl+D',
      registerAccelerator: false,
    });
    expect(menuItems().find((i) => i.command === 'file.save')).toMatchObject({ accelerator: 'CmdOrCtrl+S' });
    expect(menuItems().find((i) => i.command === 'help.shortcuts')).toMatchObject({ accelerator: 'Shift+/', registerAccelerator: false });
  });

  test('facilitation accelerators are shown but left to the renderer, so text fields keep their keys', () => {
    const facilitation = menuItems().filter(
      (i) => i.command.startsWith('agenda.') || i.command === 'view.projector' || i.command.startsWith('view.show.'),
    );
    expect(facilitation.length).toBe(7 + VIEW_IDS.length);
    expect(facilitation.every((i) => i.registerAccelerator === false)).toBe(true);
  });

  test('Go To lists the views in navigation order with Alt+1 … Alt+N', () => {
    const goTo = menuItems().filter((i) => i.command.startsWith('view.show.'));
    expect(goTo.map((i) => `${i.command} ${i.accelerator}`)).toEqual(VIEW_IDS.map((view, i) => `view.show.${view} Alt+${i + 1}`));
    expect(goTo[0]).toMatchObject({ command: 'view.show.canvas', accelerator: 'Alt+1' });
  });

  test('on macOS a key left to the renderer is not shown (macOS would register it); Cmd keys are', () => {
    const items = menuItems(true);
    expect(items.find((i) => i.command === 'canvas.duplicate')?.accelerator).toBeUndefined();
    expect(items.find((i) => i.command === 'file.saveAs')?.accelerator).toBe('CmdOrCtrl+Shift+S');
  });

  test('items follow the enabled state the renderer pushed (absent: enabled), also when the menu is built again', () => {
    const items = menuItems(false, { 'canvas.delete': false, 'canvas.duplicate': false, 'file.save': true });
    expect(
      items
        .filter((i) => i.enabled === false)
        .map((i) => i.command)
        .sort(),
    ).toEqual(['canvas.delete', 'canvas.duplicate']);
    expect(items.find((i) => i.command === 'file.save')?.enabled).toBe(true);
  });
});
