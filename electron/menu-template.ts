import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/menu-commands';
import { LANGUAGES, translator, type Language, type Translate } from '../shared/i18n';
import { facilitationMenuItems } from './menu-facilitation';

/**
 * The application menu. Items that act on the workshop send a command to the renderer, which runs the same
 * action as its buttons and shortcuts; clipboard and window items use Electron's roles.
 */
export interface MenuLanguage {
  /** Translates in the interface language. */
  t: Translate;
  /** The language "System language" stands for on this machine. */
  system: Language;
}

export function buildMenuTemplate(
  send: (command: MenuCommand) => void,
  isMac: boolean,
  { t, system }: MenuLanguage = { t: translator('en'), system: 'en' },
): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(command),
  });
  /** Shows the keys but leaves them to the renderer, so typing a letter in a text field stays typing. */
  const rendererItem = (label: string, command: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({
    ...item(label, command, accelerator),
    registerAccelerator: false,
  });
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        item('&New Workshop', 'file.new', 'CmdOrCtrl+N'),
        item('&Open…', 'file.open', 'CmdOrCtrl+O'),
        { type: 'separator' },
        item('&Save', 'file.save', 'CmdOrCtrl+S'),
        item('Save &As…', 'file.saveAs', 'CmdOrCtrl+Shift+S'),
        item('Workshop &Details…', 'file.details'),
        // — files & recovery (issue 4) —
        item('Open &Recent…', 'file.openRecent', 'CmdOrCtrl+Shift+O'),
        item('&Backups…', 'file.backups'),
        item('&Close Window', 'file.close', 'CmdOrCtrl+W'),
        // — export & import (issue 9) —
        { type: 'separator' },
        {
          label: '&Export',
          submenu: [
            item('Summary as PDF (&A4)…', 'export.pdf.a4', 'CmdOrCtrl+E'),
            item('Summary as PDF (&Letter)…', 'export.pdf.letter'),
            item('&Sponsor brief as PDF (A4)…', 'export.pdf.brief'),
            item('Summary as &Markdown…', 'export.markdown'),
            item('Canvas as &JSON Canvas…', 'export.jsonCanvas'),
          ],
        },
        item('&Import JSON Canvas…', 'import.jsonCanvas'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        item('&Undo', 'edit.undo', 'CmdOrCtrl+Z'),
        item('&Redo', 'edit.redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        // A plain letter: shown, but left to the renderer so that typing "n" in a field stays typing.
        rendererItem('New &Activity (Backlog)', 'backlog.newActivity', 'N'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      // The canvas's keys are shown here but left to the renderer (they are plain letters and digits).
      label: '&Canvas',
      submenu: [
        rendererItem('Add &Note', 'canvas.addNote', 'N'),
        rendererItem('&Duplicate Notes', 'canvas.duplicate', 'CmdOrCtrl+D'),
        rendererItem('De&lete Notes', 'canvas.delete', 'Delete'),
        rendererItem('&Group into Theme', 'canvas.group', 'G'),
        { type: 'separator' },
        rendererItem('Zoom &In', 'canvas.zoomIn', 'Plus'),
        rendererItem('Zoom &Out', 'canvas.zoomOut', '-'),
        rendererItem('&Actual Size', 'canvas.actualSize', '0'),
        rendererItem('&Fit to Screen', 'canvas.fit', '1'),
      ],
    },
    {
      label: '&View',
      submenu: [
        {
          label: '&Theme',
          submenu: [
            item('&Light', 'view.theme.light'),
            item('&Dark', 'view.theme.dark'),
            item('&High contrast', 'view.theme.high-contrast'),
          ],
        },
        {
          label: t('language.menu'),
          submenu: [
            item(t('language.system', { language: t(`language.name.${system}`) }), 'view.language.system'),
            ...LANGUAGES.map((language) => item(t(`language.name.${language}`), `view.language.${language}`)),
          ],
        },
        // — facilitation (issue 8) —
        ...facilitationMenuItems(send),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      submenu: [item('&Keyboard Shortcuts', 'help.shortcuts', 'Shift+/')],
    },
  ];
}
