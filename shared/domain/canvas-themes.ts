import type { Canvas, NoteColor, Workshop } from '../schema';
import { NOTE_COLORS } from '../schema';
import { forgetCanvasItems } from './canvas-references';
import { newId } from './ids';
import { LIMITS } from '../schema/limits';

/** Theme colours cycle through the palette, skipping yellow (the default note colour). */
const THEME_COLORS: readonly NoteColor[] = NOTE_COLORS.filter((c) => c !== 'yellow');

/** "Theme 1", "Theme 2"… the first number not taken. */
export function defaultThemeName(canvas: Pick<Canvas, 'themes'>): string {
  const taken = new Set(canvas.themes.map((theme) => theme.name));
  let n = canvas.themes.length + 1;
  while (taken.has(`Theme ${n}`)) n++;
  return `Theme ${n}`;
}

/**
 * Groups notes into a new theme (a note belongs to at most one theme: it leaves its old one). Themes left
 * without notes are removed. Returns the new theme's id, or null when no given note exists.
 */
export function groupIntoTheme(w: Workshop, noteIds: readonly string[], name?: string): string | null {
  const canvas = w.canvas;
  const wanted = new Set(noteIds);
  const notes = canvas.notes.filter((note) => wanted.has(note.id));
  if (notes.length === 0) return null;
  const theme = {
    id: newId(),
    name: (name?.trim() || defaultThemeName(canvas)).slice(0, LIMITS.theme.name),
    color: THEME_COLORS[canvas.themes.length % THEME_COLORS.length]!,
  };
  canvas.themes.push(theme);
  for (const note of notes) note.themeId = theme.id;
  removeEmptyThemes(w);
  return theme.id;
}

/** Adds notes to an existing theme. */
export function addToTheme(w: Workshop, themeId: string, noteIds: readonly string[]): void {
  const canvas = w.canvas;
  if (!canvas.themes.some((theme) => theme.id === themeId)) return;
  const wanted = new Set(noteIds);
  for (const note of canvas.notes) if (wanted.has(note.id)) note.themeId = themeId;
  removeEmptyThemes(w);
}

/** Takes notes out of their theme; a theme left empty is removed. */
export function removeFromTheme(w: Workshop, noteIds: readonly string[]): void {
  const wanted = new Set(noteIds);
  for (const note of w.canvas.notes) if (wanted.has(note.id)) note.themeId = null;
  removeEmptyThemes(w);
}

export function renameTheme(canvas: Canvas, themeId: string, name: string): void {
  const theme = canvas.themes.find((t) => t.id === themeId);
  if (theme && name.trim()) theme.name = name.slice(0, LIMITS.theme.name);
}

/** Ungroups a theme: its notes stay; the theme, its dots and links to it go. */
export function ungroupTheme(w: Workshop, themeId: string): void {
  for (const note of w.canvas.notes) if (note.themeId === themeId) note.themeId = null;
  w.canvas.themes = w.canvas.themes.filter((theme) => theme.id !== themeId);
  forgetCanvasItems(w, 'theme', new Set([themeId]));
}

/** Removes themes that no note belongs to any more (with their dots and links). */
export function removeEmptyThemes(w: Workshop): void {
  const used = new Set(w.canvas.notes.map((note) => note.themeId));
  const gone = new Set(w.canvas.themes.filter((theme) => !used.has(theme.id)).map((theme) => theme.id));
  if (gone.size === 0) return;
  w.canvas.themes = w.canvas.themes.filter((theme) => !gone.has(theme.id));
  forgetCanvasItems(w, 'theme', gone);
}

/** Notes of each theme, by theme id. */
export function notesByTheme<T extends { themeId: string | null }>(notes: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const note of notes) {
    if (note.themeId === null) continue;
    const list = map.get(note.themeId);
    if (list) list.push(note);
    else map.set(note.themeId, [note]);
  }
  return map;
}
