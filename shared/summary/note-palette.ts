import type { NoteColor } from '../schema';
import { NOTE_PALETTE } from '../theme/note-palette';

/** Paper colours of sticky notes and themes in the printed summary (and in JSON Canvas files): the app's light papers. */
export const NOTE_FILL: Readonly<Record<NoteColor, string>> = NOTE_PALETTE.paper.light;

/** Darker companions, for outlines and labels on white: the app's theme bands. */
export const NOTE_INK: Readonly<Record<NoteColor, string>> = NOTE_PALETTE.band;
