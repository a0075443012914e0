import type { MenuItemConstructorOptions } from 'electron';
import type { Translate } from '../shared/i18n';
import type { MenuCommand } from '../shared/menu-commands';
import { rendererAccelerator } from './menu-accelerators';

/**
 * The View menu's facilitation items: projector mode, going to a view, the step timer and agenda steps.
 * The accelerators are shown but not registered (`registerAccelerator: false`): the renderer's actions own
 * these keys, so they never steal a key from a text field and work the same in the browser harness.
 */
export function facilitationMenuItems(send: (command: MenuCommand) => void, t: Translate, isMac = false): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({
    label,
    ...rendererAccelerator(accelerator, isMac),
    click: () => send(command),
  });
  return [
    item(t('menu.view.projector'), 'view.projector', 'F5'),
    item(t('menu.view.leaveProjector'), 'view.projector.leave', 'Esc'),
    {
      label: t('menu.view.projectorScreen.label'),
      submenu: [
        item(t('menu.view.projectorScreen.nextKind'), 'projector.surface.next', 'S'),
        item(t('menu.view.projectorScreen.previousKind'), 'projector.surface.previous', 'Shift+S'),
        item(t('menu.view.projectorScreen.nextPage'), 'projector.page.next', 'Down'),
        item(t('menu.view.projectorScreen.previousPage'), 'projector.page.previous', 'Up'),
        item(t('menu.view.projectorScreen.nextZone'), 'projector.zone.next', 'Right'),
        item(t('menu.view.projectorScreen.previousZone'), 'projector.zone.previous', 'Left'),
        item(t('menu.view.projectorScreen.reveal'), 'projector.reveal', 'R'),
      ],
    },
    {
      label: t('menu.view.goTo'),
      submenu: [
        item(t('menu.view.canvas'), 'view.show.canvas', 'Alt+1'),
        item(t('menu.view.backlog'), 'view.show.backlog', 'Alt+2'),
        item(t('menu.view.people'), 'view.show.people', 'Alt+3'),
        item(t('menu.view.goals'), 'view.show.goals', 'Alt+4'),
        item(t('menu.view.sponsors'), 'view.show.sponsors', 'Alt+5'),
        item(t('menu.view.impact'), 'view.show.impact', 'Alt+6'),
        item(t('menu.view.agenda'), 'view.show.agenda', 'Alt+7'),
      ],
    },
    item(t('menu.view.pitch'), 'view.pitch', 'Alt+P'),
    {
      label: t('menu.view.timer'),
      submenu: [
        item(t('menu.view.timerToggle'), 'agenda.timer.toggle', 'CmdOrCtrl+Shift+T'),
        item(t('menu.view.timerReset'), 'agenda.timer.reset', 'CmdOrCtrl+Shift+R'),
        item(t('menu.view.addMinute'), 'agenda.timer.addMinute', 'CmdOrCtrl+Shift+Up'),
        item(t('menu.view.removeMinute'), 'agenda.timer.removeMinute', 'CmdOrCtrl+Shift+Down'),
      ],
    },
    {
      label: t('menu.view.agendaStep'),
      submenu: [
        item(t('menu.view.nextStep'), 'agenda.step.next', 'CmdOrCtrl+PageDown'),
        item(t('menu.view.previousStep'), 'agenda.step.previous', 'CmdOrCtrl+PageUp'),
      ],
    },
  ];
}
