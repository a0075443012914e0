/** Commands the application menu sends to the renderer. Each is also a button or shortcut in the renderer. */
export const MENU_COMMANDS = [
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.details',
  'edit.undo',
  'edit.redo',
  'view.theme.light',
  'view.theme.dark',
  'view.theme.high-contrast',
  'view.language.system',
  'view.language.en',
  'view.language.fr',
  'help.shortcuts',
  'backlog.newActivity',
  'canvas.addNote',
  'canvas.delete',
  'canvas.duplicate',
  'canvas.group',
  'canvas.zoomIn',
  'canvas.zoomOut',
  'canvas.actualSize',
  'canvas.fit',
  // — files & recovery (issue 4) —
  'file.openRecent',
  'file.backups',
  'file.close',
  // — facilitation (issue 8) —
  'view.projector',
  'view.projector.leave',
  'view.show.canvas',
  'view.show.backlog',
  'view.show.people',
  'view.show.goals',
  'view.show.sponsors',
  'view.show.impact',
  'view.show.agenda',
  'view.pitch',
  'agenda.timer.toggle',
  'agenda.timer.reset',
  'agenda.timer.addMinute',
  'agenda.timer.removeMinute',
  'agenda.step.next',
  'agenda.step.previous',
  // — export & import (issue 9) —
  'export.pdf.a4',
  'export.pdf.letter',
  'export.pdf.brief',
  'export.markdown',
  'export.jsonCanvas',
  'import.jsonCanvas',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
