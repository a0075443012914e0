import type { NoteColor } from '../../shared/schema';
import { tr } from '../common/i18n';

/** A note colour as people say it, in the interface language. */
export const colorName = (color: NoteColor): string => tr(`canvas.colour.${color}`);
