import { en } from '../shared/i18n/catalog/en';
import type { Translate } from '../shared/i18n';
import type { FileFilter } from './services/dialogs';

type DialogKey = keyof typeof en.menu.dialog;

/** The catalogue key of each dialog text, by its English (the text the handlers pass). */
const KEY_OF_ENGLISH = new Map(Object.entries(en.menu.dialog).map(([key, text]) => [text as string, key as DialogKey]));

/** A native dialog's text in the interface language: the handlers write English, the catalogue has it (else as is). */
export function translateDialogText(text: string, t: Translate): string {
  const key = KEY_OF_ENGLISH.get(text);
  return key === undefined ? text : t(`menu.dialog.${key}`);
}

/** A file dialog's title and file type names in the interface language. */
export function translateDialogOptions<T extends { title: string; filters: FileFilter[] }>(options: T, t: Translate): T {
  return {
    ...options,
    title: translateDialogText(options.title, t),
    filters: options.filters.map((filter) => ({ ...filter, name: translateDialogText(filter.name, t) })),
  };
}
