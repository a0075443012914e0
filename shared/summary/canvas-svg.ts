import type { Note, Theme, Zone } from '../schema';
import { boundsOf, type Rect } from '../domain/rect';
import { escapeHtml } from './escape-html';
import { NOTE_FILL, NOTE_INK } from './note-palette';
import { wrapText } from './wrap-text';

const NOTE_FONT = 15;
const NOTE_LINE = 18;
const NOTE_PAD = 8;
const ZONE_FONT = 24;
const THEME_PAD = 14;
const THEME_FONT = 22;
const BADGE_R = 19;
const MIN_CHARS_PER_LINE = 8;
/** Average glyph width of a sans-serif font, as a fraction of the font size. */
const GLYPH = 0.52;

const round = (v: number) => Math.round(v * 10) / 10;

/** The outline drawn around a theme's notes, with room for its label above. */
export function themeOutline(notes: readonly Note[]): Rect | null {
  const box = boundsOf(notes);
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

function noteSvg(note: Note, theme: Theme | undefined): string {
  const chars = (note.width - 2 * NOTE_PAD) / (NOTE_FONT * GLYPH);
  const maxLines = Math.max(1, Math.floor((note.height - 2 * NOTE_PAD) / NOTE_LINE));
  // A note too small to hold a readable line is drawn without text (its text is in the themes section).
  const lines = chars >= MIN_CHARS_PER_LINE ? wrapText(note.text, chars, maxLines) : [];
  const stroke = theme ? `stroke="${NOTE_INK[theme.color]}" stroke-width="3"` : 'stroke="#00000033" stroke-width="1"';
  return (
    `<g class="note"><rect x="${round(note.x)}" y="${round(note.y)}" width="${round(note.width)}" height="${round(note.height)}" rx="3" fill="${NOTE_FILL[note.color]}" ${stroke}/>` +
    (lines.length ? `<text font-size="${NOTE_FONT}" fill="#1b1f24">${textLines(lines, note.x + NOTE_PAD, note.y + NOTE_PAD + NOTE_FONT - 2, NOTE_LINE)}</text>` : '') +
    '</g>'
  );
}

/**
 * A theme is drawn as a dashed outline around its notes in each zone (a theme spread over several zones gets
 * one outline per zone, never a box across the canvas), numbered with its rank in a badge.
 */
function themeSvg(theme: Theme, rank: number, notes: readonly Note[]): string {
  const ink = NOTE_INK[theme.color];
  const byZone = new Map<string | null, Note[]>();
  for (const n of notes) byZone.get(n.zoneId)?.push(n) ?? byZone.set(n.zoneId, [n]);
  return [...byZone.values()]
    .map((group) => {
      const box = boundsOf(group)!;
      const x = box.x - THEME_PAD / 2;
      const y = box.y - THEME_PAD / 2;
      return (
        `<g class="theme"><rect x="${round(x)}" y="${round(y)}" width="${round(box.width + THEME_PAD)}" height="${round(box.height + THEME_PAD)}" rx="8" fill="none" stroke="${ink}" stroke-width="2.5" stroke-dasharray="9 5"/>` +
        `<circle cx="${round(x + box.width + THEME_PAD)}" cy="${round(y + box.height + THEME_PAD)}" r="${BADGE_R}" fill="${ink}"/>` +
        `<text x="${round(x + box.width + THEME_PAD)}" y="${round(y + box.height + THEME_PAD + THEME_FONT * 0.36)}" font-size="${THEME_FONT}" font-weight="700" fill="#ffffff" text-anchor="middle">${rank}</text></g>`
      );
    })
    .join('');
}

/**
 * The vision canvas as a vector picture: zones, theme outlines (dashed, with the theme's rank in a badge; pass
 * the themes in rank order), then the notes with their wrapped text on top, themed notes edged in the theme's
 * colour. Every text passes through `escapeHtml`. Scales to the width of its container.
 */
export function canvasSvg(picture: { zones: readonly Zone[]; notes: readonly Note[]; themes: readonly Theme[] }, label: string): string {
  const themesById = new Map(picture.themes.map((t) => [t.id, t]));
  const notesByTheme = new Map<string, Note[]>();
  for (const note of picture.notes) {
    if (note.themeId !== null) notesByTheme.get(note.themeId)?.push(note) ?? notesByTheme.set(note.themeId, [note]);
  }
  const bounds = boundsOf([...picture.zones, ...picture.notes]) ?? { x: 0, y: 0, width: 100, height: 100 };
  const m = 16 + BADGE_R;
  const viewBox = `${round(bounds.x - m)} ${round(bounds.y - m)} ${round(bounds.width + 2 * m)} ${round(bounds.height + 2 * m)}`;
  return [
    `<svg class="canvas-picture" xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" role="img" aria-label="${escapeHtml(label)}" font-family="'Liberation Sans', Arial, 'DejaVu Sans', sans-serif">`,
    `<title>${escapeHtml(label)}</title>`,
    ...picture.zones.map(zoneSvg),
    ...picture.notes.map((n) => noteSvg(n, n.themeId === null ? undefined : themesById.get(n.themeId))),
    ...picture.themes.map((t, i) => themeSvg(t, i + 1, notesByTheme.get(t.id) ?? [])),
    '</svg>',
  ].join('');
}
