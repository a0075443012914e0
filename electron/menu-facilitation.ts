import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/menu-commands';

/**
 * The View menu's facilitation items: projector mode, going to a view, the step timer and agenda steps.
 * The accelerators are shown but not registered (`registerAccelerator: false`): the renderer's actions own
 * these keys, so they never steal a key from a text field and work the same in the browser harness.
 */
export function facilitationMenuItems(send: (command: MenuCommand) => void): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => send(command),
  });
  return [
    item('&Projector Mode', 'view.projector', 'F5'),
    item('&Leave Projector Mode', 'view.projector.leave', 'Esc'),
    {
      label: 'P&rojector Screen',
      submenu: [
        item('&Next Kind of Screen', 'projector.surface.next', 'S'),
        item('&Previous Kind of Screen', 'projector.surface.previous', 'Shift+S'),
        item('Next &Page', 'projector.page.next', 'Down'),
        item('P&revious Page', 'projector.page.previous', 'Up'),
        item('Next &Zone', 'projector.zone.next', 'Right'),
        item('Previous Z&one', 'projector.zone.previous', 'Left'),
        item('Reveal or &Hide the Votes', 'projector.reveal', 'R'),
      ],
    },
    {
      label: '&Go To',
      submenu: [
        item('&Canvas', 'view.show.canvas', 'Alt+1'),
        item('&Backlog', 'view.show.backlog', 'Alt+2'),
        item('&People', 'view.show.people', 'Alt+3'),
        item('&Goals', 'view.show.goals', 'Alt+4'),
        item('&Sponsors', 'view.show.sponsors', 'Alt+5'),
        item('&Impact', 'view.show.impact', 'Alt+6'),
        item('&Agenda', 'view.show.agenda', 'Alt+7'),
      ],
    },
    item('Sponsor &Pitch', 'view.pitch', 'Alt+P'),
    {
      label: 'Ti&mer',
      submenu: [
        item('&Start or Pause', 'agenda.timer.toggle', 'CmdOrCtrl+Shift+T'),
        item('&Reset', 'agenda.timer.reset', 'CmdOrCtrl+Shift+R'),
        item('&Add a Minute', 'agenda.timer.addMinute', 'CmdOrCtrl+Shift+Up'),
        item('Re&move a Minute', 'agenda.timer.removeMinute', 'CmdOrCtrl+Shift+Down'),
      ],
    },
    {
      label: 'Agenda &Step',
      submenu: [
        item('&Next Step', 'agenda.step.next', 'CmdOrCtrl+PageDown'),
        item('&Previous Step', 'agenda.step.previous', 'CmdOrCtrl+PageUp'),
      ],
    },
  ];
}
