import type { Translate } from '../shared/i18n';
import { translateDialogText } from '../shared/i18n/dialog-text';
import type { FileFilter } from './services/dialogs';

export { translateDialogText };

/** A file dialog's title and file type names in the interface language. */
export function translateDialogOptions<T extends { title: string; filters: FileFilter[] }>(options: T, t: Translate): T {
  return {
    ...options,
    title: translateDialogText(options.title, t),
    filters: options.filters.map((filter) => ({ ...filter, name: translateDialogText(filter.name, t) })),
  };
}
