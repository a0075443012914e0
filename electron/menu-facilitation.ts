import type { MenuItemConstructorOptions } from 'electron';
import type { Translate } from '../shared/i18n';
import type { MenuCommand } from '../shared/menu-commands';
import { VIEW_IDS } from '../shared/schema/agenda';
import { actionMenuItem, type MenuEnabled } from './menu-item';
import { withMnemonics } from './menu-mnemonics';

/**
 * The View menu's facilitation items: projector mode, going to a view, the step timer and agenda steps.
 * Their keys are shown but not registered (`registerAccelerator: false`, from the actions' declarations): the
 * renderer's actions own these keys, so they never steal a key from a text field and work the same in the browser harness.
 */
export function facilitationMenuItems(
  send: (command: MenuCommand) => void,
  t: Translate,
  isMac = false,
  enabled: MenuEnabled = {},
): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand) => actionMenuItem(label, command, { send, isMac, enabled });
  return [
    item(t('menu.view.projector'), 'view.projector'),
    item(t('menu.view.leaveProjector'), 'view.projector.leave'),
    {
      label: t('menu.view.projectorScreen.label'),
      submenu: [
        item(t('menu.view.projectorScreen.nextKind'), 'projector.surface.next'),
        item(t('menu.view.projectorScreen.previousKind'), 'projector.surface.previous'),
        item(t('menu.view.projectorScreen.nextPage'), 'projector.page.next'),
        item(t('menu.view.projectorScreen.previousPage'), 'projector.page.previous'),
        item(t('menu.view.projectorScreen.nextZone'), 'projector.zone.next'),
        item(t('menu.view.projectorScreen.previousZone'), 'projector.zone.previous'),
        item(t('menu.view.projectorScreen.reveal'), 'projector.reveal'),
      ],
    },
    {
      // The views in navigation order (shared/schema VIEW_IDS), under the names the nav bar shows (common.views):
      // a new view needs no menu entry of its own.
      label: t('menu.view.goTo'),
      submenu: withMnemonics(VIEW_IDS.map((view) => t(`common.views.${view}`))).map((label, i) => item(label, `view.show.${VIEW_IDS[i]!}`)),
    },
    item(t('menu.view.pitch'), 'view.pitch'),
    {
      label: t('menu.view.timer'),
      submenu: [
        item(t('menu.view.timerToggle'), 'agenda.timer.toggle'),
        item(t('menu.view.timerReset'), 'agenda.timer.reset'),
        item(t('menu.view.addMinute'), 'agenda.timer.addMinute'),
        item(t('menu.view.removeMinute'), 'agenda.timer.removeMinute'),
      ],
    },
    {
      label: t('menu.view.agendaStep'),
      submenu: [item(t('menu.view.nextStep'), 'agenda.step.next'), item(t('menu.view.previousStep'), 'agenda.step.previous')],
    },
  ];
}
