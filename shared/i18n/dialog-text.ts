import { en } from './catalog/en';
import type { Translate } from './translator';

type DialogKey = keyof typeof en.menu.dialog;

/** The catalogue key of each dialog text, by its English (the text the handlers pass). */
const KEY_OF_ENGLISH = new Map(Object.entries(en.menu.dialog).map(([key, text]) => [text as string, key as DialogKey]));

/**
 * A file dialog's text in the interface language: the handlers write English (titles, file types, the in-app
 * chooser's places), the catalogue has it (`menu.dialog`), else it is shown as it is. Used by the Electron main
 * process for the native dialogs and by the window for the in-app file chooser of the browser host.
 */
export function translateDialogText(text: string, t: Translate): string {
  const key = KEY_OF_ENGLISH.get(text);
  return key === undefined ? text : t(`menu.dialog.${key}`);
}
