import type { NoteColor } from '../../shared/schema';

export const COLOR_NAMES: Readonly<Record<NoteColor, string>> = {
  yellow: 'Yellow',
  orange: 'Orange',
  pink: 'Pink',
  purple: 'Purple',
  blue: 'Blue',
  green: 'Green',
  grey: 'Grey',
};
