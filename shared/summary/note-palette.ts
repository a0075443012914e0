import type { NoteColor } from '../schema';

/** Paper colours of sticky notes and themes in the printed summary (and in JSON Canvas files). */
export const NOTE_FILL: Readonly<Record<NoteColor, string>> = {
  yellow: '#fff3a6',
  orange: '#ffd3a1',
  pink: '#ffc9dc',
  purple: '#e0cffc',
  blue: '#c5e1ff',
  green: '#c8f0c8',
  grey: '#e3e5e8',
};

/** Darker companions, for outlines and labels on white. */
export const NOTE_INK: Readonly<Record<NoteColor, string>> = {
  yellow: '#8a6d00',
  orange: '#a14f00',
  pink: '#a3174f',
  purple: '#5b2fa6',
  blue: '#0b5cad',
  green: '#1d6b35',
  grey: '#4a5260',
};
