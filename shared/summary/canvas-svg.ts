import type { Note, Theme, Zone } from '../schema';
import { escapeHtml } from './escape-html';
import { NOTE_FILL, NOTE_INK } from './note-palette';
import { wrapText } from './wrap-text';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const NOTE_FONT = 15;
const NOTE_LINE = 18;
const NOTE_PAD = 8;
const ZONE_FONT = 24;
const THEME_PAD = 14;
const THEME_FONT = 16;
/** Average glyph width of a sans-serif font, as a fraction of the font size. */
const GLYPH = 0.52;

const round = (v: number) => Math.round(v * 10) / 10;

function union(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const r of rects) {
    x1 = Math.min(x1, r.x);
    y1 = Math.min(y1, r.y);
    x2 = Math.max(x2, r.x + r.width);
    y2 = Math.max(y2, r.y + r.height);
  }
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

/** The outline drawn around a theme's notes, with room for its label above. */
export function themeOutline(notes: readonly Note[]): Rect | null {
  const box = union(notes);
  if (!box) return null;
  return { x: box.x - THEME_PAD, y: box.y - THEME_PAD - THEME_FONT - 4, width: box.width + 2 * THEME_PAD, height: box.height + 2 * THEME_PAD + THEME_FONT + 4 };
}

function textLines(lines: readonly string[], x: number, y: number, lineHeight: number): string {
  return lines.map((line, i) => `<tspan x="${round(x)}" y="${round(y + i * lineHeight)}">${escapeHtml(line)}</tspan>`).join('');
}

function zoneSvg(zone: Zone): string {
  const titleChars = (zone.width - 24) / (ZONE_FONT * GLYPH);
  const [title = ''] = wrapText(zone.title, titleChars, 1);
  return (
    `<g class="zone"><rect x="${round(zone.x)}" y="${round(zone.y)}" width="${round(zone.width)}" height="${round(zone.height)}" rx="10" fill="#f4f6f9" stroke="#9aa3b0" stroke-width="2"/>` +
    `<text x="${round(zone.x + 14)}" y="${round(zone.y + 14 + ZONE_FONT)}" font-size="${ZONE_FONT}" font-weight="700" fill="#2b323c">${escapeHtml(title)}</text></g>`
  );
}

function noteSvg(note: Note): string {
  const chars = (note.width - 2 * NOTE_PAD) / (NOTE_FONT * GLYPH);
  const maxLines = Math.max(1, Math.floor((note.height - 2 * NOTE_PAD) / NOTE_LINE));
  const lines = wrapText(note.text, chars, maxLines);
  return (
    `<g class="note"><rect x="${round(note.x)}" y="${round(note.y)}" width="${round(note.width)}" height="${round(note.height)}" rx="3" fill="${NOTE_FILL[note.color]}" stroke="#00000033" stroke-width="1"/>` +
    `<text font-size="${NOTE_FONT}" fill="#1b1f24">${textLines(lines, note.x + NOTE_PAD, note.y + NOTE_PAD + NOTE_FONT - 2, NOTE_LINE)}</text></g>`
  );
}

function themeSvg(theme: Theme, notes: readonly Note[]): string {
  const box = themeOutline(notes);
  if (!box) return '';
  const ink = NOTE_INK[theme.color];
  const [label = ''] = wrapText(theme.name, box.width / (THEME_FONT * GLYPH), 1);
  return (
    `<g class="theme"><rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" rx="12" fill="none" stroke="${ink}" stroke-width="3" stroke-dasharray="10 6"/>` +
    `<text x="${round(box.x + 10)}" y="${round(box.y + THEME_FONT + 2)}" font-size="${THEME_FONT}" font-weight="700" fill="${ink}">${escapeHtml(label)}</text></g>`
  );
}

/**
 * The vision canvas as a vector picture: zones, theme outlines (dashed, labelled), then the notes with their
 * wrapped text on top. Every text passes through `escapeHtml`. Scales to the width of its container.
 */
export function canvasSvg(picture: { zones: readonly Zone[]; notes: readonly Note[]; themes: readonly Theme[] }, label: string): string {
  const notesByTheme = new Map<string, Note[]>();
  for (const note of picture.notes) {
    if (note.themeId !== null) notesByTheme.set(note.themeId, [...(notesByTheme.get(note.themeId) ?? []), note]);
  }
  const outlines = picture.themes.flatMap((t) => {
    const box = themeOutline(notesByTheme.get(t.id) ?? []);
    return box ? [box] : [];
  });
  const bounds = union([...picture.zones, ...picture.notes, ...outlines]) ?? { x: 0, y: 0, width: 100, height: 100 };
  const m = 16;
  const viewBox = `${round(bounds.x - m)} ${round(bounds.y - m)} ${round(bounds.width + 2 * m)} ${round(bounds.height + 2 * m)}`;
  return [
    `<svg class="canvas-picture" xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" role="img" aria-label="${escapeHtml(label)}" font-family="'Liberation Sans', Arial, 'DejaVu Sans', sans-serif">`,
    `<title>${escapeHtml(label)}</title>`,
    ...picture.zones.map(zoneSvg),
    ...picture.themes.map((t) => themeSvg(t, notesByTheme.get(t.id) ?? [])),
    ...picture.notes.map(noteSvg),
    '</svg>',
  ].join('');
}
