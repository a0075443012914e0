import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/menu-commands';
import { LANGUAGES, translator, type Language, type Translate } from '../shared/i18n';
import { facilitationMenuItems } from './menu-facilitation';
import { actionMenuItem, type MenuEnabled } from './menu-item';

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
  enabled: MenuEnabled = {},
): MenuItemConstructorOptions[] {
  /** An action's item: its id, keys and enabled state come from the action (`shared/actions/action-specs.ts`). */
  const item = (label: string, command: MenuCommand) => actionMenuItem(label, command, { send, isMac, enabled });
  return [
    ...(isMac ? [appMenu(t)] : []),
    {
      label: t('menu.file.label'),
      submenu: [
        item(t('menu.file.new'), 'file.new'),
        item(t('menu.file.open'), 'file.open'),
        { type: 'separator' },
        item(t('menu.file.save'), 'file.save'),
        item(t('menu.file.saveAs'), 'file.saveAs'),
        item(t('menu.file.details'), 'file.details'),
        // — files & recovery (issue 4) —
        item(t('menu.file.openRecent'), 'file.openRecent'),
        item(t('menu.file.backups'), 'file.backups'),
        item(t('menu.file.close'), 'file.close'),
        // — export & import (issue 9) —
        { type: 'separator' },
        {
          label: t('menu.file.export'),
          submenu: [
            item(t('menu.file.exportPdfA4'), 'export.pdf.a4'),
            item(t('menu.file.exportPdfLetter'), 'export.pdf.letter'),
            item(t('menu.file.exportBrief'), 'export.pdf.brief'),
            item(t('menu.file.exportMarkdown'), 'export.markdown'),
            item(t('menu.file.exportJsonCanvas'), 'export.jsonCanvas'),
          ],
        },
        item(t('menu.file.importJsonCanvas'), 'import.jsonCanvas'),
        { type: 'separator' },
        isMac ? { role: 'close', label: t('menu.file.closeRole') } : { role: 'quit', label: t('menu.file.exit') },
      ],
    },
    {
      label: t('menu.edit.label'),
      submenu: [
        item(t('menu.edit.undo'), 'edit.undo'),
        item(t('menu.edit.redo'), 'edit.redo'),
        { type: 'separator' },
        // A plain letter: shown, but left to the renderer so that typing "n" in a field stays typing.
        item(t('menu.edit.newActivity'), 'backlog.newActivity'),
        { type: 'separator' },
        { role: 'cut', label: t('menu.edit.cut') },
        { role: 'copy', label: t('menu.edit.copy') },
        { role: 'paste', label: t('menu.edit.paste') },
        { role: 'selectAll', label: t('menu.edit.selectAll') },
      ],
    },
    {
      // The canvas's keys are shown here but left to the renderer (they are plain letters and digits).
      label: t('menu.canvas.label'),
      submenu: [
        item(t('menu.canvas.addNote'), 'canvas.addNote'),
        item(t('menu.canvas.duplicate'), 'canvas.duplicate'),
        item(t('menu.canvas.delete'), 'canvas.delete'),
        item(t('menu.canvas.group'), 'canvas.group'),
        { type: 'separator' },
        item(t('menu.canvas.zoomIn'), 'canvas.zoomIn'),
        item(t('menu.canvas.zoomOut'), 'canvas.zoomOut'),
        item(t('menu.canvas.actualSize'), 'canvas.actualSize'),
        item(t('menu.canvas.fit'), 'canvas.fit'),
      ],
    },
    {
      label: t('menu.view.label'),
      submenu: [
        {
          label: t('menu.view.theme'),
          submenu: [
            item(t('menu.view.light'), 'view.theme.light'),
            item(t('menu.view.dark'), 'view.theme.dark'),
            item(t('menu.view.highContrast'), 'view.theme.high-contrast'),
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
        ...facilitationMenuItems(send, t, isMac, enabled),
        { type: 'separator' },
        { role: 'resetZoom', label: t('menu.view.resetZoom') },
        { role: 'zoomIn', label: t('menu.view.zoomIn') },
        { role: 'zoomOut', label: t('menu.view.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('menu.view.fullScreen') },
      ],
    },
    {
      label: t('menu.room.label'),
      submenu: [
        item(t('menu.room.open'), 'room.open'),
        item(t('menu.room.joinPanel'), 'room.joinPanel'),
        item(t('menu.room.revealNotes'), 'room.revealNotes'),
        item(t('menu.room.close'), 'room.close'),
      ],
    },
    {
      label: t('menu.help.label'),
      // "?" is a typing key: the renderer opens the keyboard map when the focus is not in a text field.
      submenu: [item(t('menu.help.shortcuts'), 'help.shortcuts')],
    },
  ];
}

/** The product's name, as macOS shows it in the application menu (package.json's productName). */
const APP_NAME = 'CoP Studio';

/** macOS's application menu: Electron's `appMenu` items, with their labels in the interface language. */
function appMenu(t: Translate): MenuItemConstructorOptions {
  const name = APP_NAME;
  return {
    label: name,
    submenu: [
      { role: 'about', label: t('menu.app.about', { name }) },
      { type: 'separator' },
      { role: 'services', label: t('menu.app.services') },
      { type: 'separator' },
      { role: 'hide', label: t('menu.app.hide', { name }) },
      { role: 'hideOthers', label: t('menu.app.hideOthers') },
      { role: 'unhide', label: t('menu.app.unhide') },
      { type: 'separator' },
      { role: 'quit', label: t('menu.app.quit', { name }) },
    ],
  };
}
