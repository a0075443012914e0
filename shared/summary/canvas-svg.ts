import type { Note, Theme, Zone } from '../schema';
import { boundsOf, type Rect } from '../domain/rect';
import { escapeHtml } from './escape-html';
import { NOTE_PALETTE } from '../theme/note-palette';
import { PRINT_THEME as P } from '../theme/print-theme';
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

/** The printed picture's box, in points, and the smallest type allowed in it. */
export interface CanvasFit {
  widthPt: number;
  heightPt: number;
  minFontPt: number;
}

/** Sizes in canvas units, grown where the picture's scale would print them under the minimum type size. */
interface Sizes {
  noteFont: number;
  noteLine: number;
  zoneFont: number;
  themeFont: number;
  badgeR: number;
  /** Font of a note's number, when its text cannot be printed readably. */
  numberFont: number;
}

const BASE_SIZES: Sizes = {
  noteFont: NOTE_FONT,
  noteLine: NOTE_LINE,
  zoneFont: ZONE_FONT,
  themeFont: THEME_FONT,
  badgeR: BADGE_R,
  numberFont: NOTE_FONT,
};

/** The outline drawn around a theme's notes, with room for its label above. */
export function themeOutline(notes: readonly Note[]): Rect | null {
  const box = boundsOf(notes);
  if (!box) return null;
  return {
    x: box.x - THEME_PAD,
    y: box.y - THEME_PAD - THEME_FONT - 4,
    width: box.width + 2 * THEME_PAD,
    height: box.height + 2 * THEME_PAD + THEME_FONT + 4,
  };
}

function textLines(lines: readonly string[], x: number, y: number, lineHeight: number): string {
  return lines.map((line, i) => `<tspan x="${round(x)}" y="${round(y + i * lineHeight)}">${escapeHtml(line)}</tspan>`).join('');
}

function zoneSvg(zone: Zone, size: Sizes): string {
  const titleChars = (zone.width - 24) / (size.zoneFont * GLYPH);
  const [title = ''] = titleChars >= MIN_CHARS_PER_LINE / 2 ? wrapText(zone.title, titleChars, 1) : [];
  return (
    `<g class="zone"><rect x="${round(zone.x)}" y="${round(zone.y)}" width="${round(zone.width)}" height="${round(zone.height)}" rx="10" fill="${P.zone}" stroke="${P.zoneEdge}" stroke-width="2"/>` +
    (title
      ? `<text x="${round(zone.x + 14)}" y="${round(zone.y + 10 + size.zoneFont)}" font-size="${round(size.zoneFont)}" font-weight="700" fill="${P.strong}">${escapeHtml(title)}</text>`
      : '') +
    '</g>'
  );
}

/** Whether a note's number fits inside it at the given size. */
const numberFits = (note: Note, label: string, size: Sizes) =>
  label.length * size.numberFont * GLYPH * 1.1 <= note.width - 4 && size.numberFont <= note.height - 4;

function noteSvg(note: Note, theme: Theme | undefined, size: Sizes, number: number | undefined): string {
  const chars = (note.width - 2 * NOTE_PAD) / (size.noteFont * GLYPH);
  const maxLines = Math.floor((note.height - 2 * NOTE_PAD) / size.noteLine);
  // A note too small to hold a readable line shows its number in the zone-by-zone list instead (or nothing).
  const lines = chars >= MIN_CHARS_PER_LINE && maxLines >= 1 ? wrapText(note.text, chars, maxLines) : [];
  const label = number === undefined ? '' : String(number);
  const labelFits = !lines.length && label !== '' && numberFits(note, label, size);
  const stroke = theme ? `stroke="${NOTE_INK[theme.color]}" stroke-width="3"` : `stroke="${P.swatchEdge}" stroke-width="1"`;
  return (
    `<g class="note"><rect x="${round(note.x)}" y="${round(note.y)}" width="${round(note.width)}" height="${round(note.height)}" rx="3" fill="${NOTE_FILL[note.color]}" ${stroke}/>` +
    (lines.length
      ? `<text font-size="${round(size.noteFont)}" fill="${NOTE_PALETTE.text}">${textLines(lines, note.x + NOTE_PAD, note.y + NOTE_PAD + size.noteFont - 2, size.noteLine)}</text>`
      : labelFits
        ? `<text x="${round(note.x + note.width / 2)}" y="${round(note.y + note.height / 2 + size.numberFont * 0.36)}" font-size="${round(size.numberFont)}" font-weight="700" fill="${NOTE_PALETTE.text}" text-anchor="middle">${label}</text>`
        : '') +
    '</g>'
  );
}

/**
 * A theme is drawn as a dashed outline around its notes in each zone (a theme spread over several zones gets
 * one outline per zone, never a box across the canvas), numbered with its rank in a badge.
 */
function themeSvg(theme: Theme, rank: number, notes: readonly Note[], size: Sizes): string {
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
        `<circle cx="${round(x + box.width + THEME_PAD)}" cy="${round(y + box.height + THEME_PAD)}" r="${round(size.badgeR)}" fill="${ink}"/>` +
        `<text x="${round(x + box.width + THEME_PAD)}" y="${round(y + box.height + THEME_PAD + size.themeFont * 0.36)}" font-size="${round(size.themeFont)}" font-weight="700" fill="${NOTE_PALETTE.on.band}" text-anchor="middle">${rank}</text></g>`
      );
    })
    .join('');
}

/**
 * The vision canvas as a vector picture: zones, theme outlines (dashed, with the theme's rank in a badge; pass
 * the themes in rank order), then the notes with their wrapped text on top, themed notes edged in the theme's
 * colour. Every text passes through `escapeHtml`. Scales to the width of its container.
 */
export function canvasSvg(
  picture: { zones: readonly Zone[]; notes: readonly Note[]; themes: readonly Theme[]; noteNumbers?: Readonly<Record<string, number>> },
  label: string,
  fit?: CanvasFit,
): string {
  const themesById = new Map(picture.themes.map((t) => [t.id, t]));
  const notesByTheme = new Map<string, Note[]>();
  for (const note of picture.notes) {
    if (note.themeId !== null) notesByTheme.get(note.themeId)?.push(note) ?? notesByTheme.set(note.themeId, [note]);
  }
  const bounds = boundsOf([...picture.zones, ...picture.notes]) ?? { x: 0, y: 0, width: 100, height: 100 };
  const m = 16 + BADGE_R;
  const vb = { x: bounds.x - m, y: bounds.y - m, width: bounds.width + 2 * m, height: bounds.height + 2 * m };
  // Printed at `scale` points per canvas unit: any type that would print under the minimum grows to it.
  const scale = fit ? Math.min(fit.widthPt / vb.width, fit.heightPt / vb.height) : 1;
  const least = fit ? fit.minFontPt / scale : 0;
  const grow = (v: number) => Math.max(v, least);
  const size: Sizes = fit
    ? {
        noteFont: BASE_SIZES.noteFont,
        noteLine: BASE_SIZES.noteLine,
        zoneFont: grow(ZONE_FONT),
        themeFont: grow(THEME_FONT),
        badgeR: Math.max(BADGE_R, grow(THEME_FONT) * 0.9),
        numberFont: grow(NOTE_FONT),
      }
    : BASE_SIZES;
  if (fit && NOTE_FONT < least) {
    // Note text would print too small: numbers (from the zone-by-zone list) stand in for it — on every note
    // or on none, so a reader never wonders where a number went.
    size.noteFont = Number.POSITIVE_INFINITY;
    const numbers = picture.noteNumbers;
    if (!numbers || !picture.notes.every((n) => numbers[n.id] === undefined || numberFits(n, String(numbers[n.id]), size))) {
      size.numberFont = Number.POSITIVE_INFINITY;
    }
  }
  const viewBox = `${round(vb.x)} ${round(vb.y)} ${round(vb.width)} ${round(vb.height)}`;
  const dims = fit ? ` width="${round(vb.width * scale)}pt" height="${round(vb.height * scale)}pt"` : '';
  return [
    `<svg class="canvas-picture" xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}"${dims} role="img" aria-label="${escapeHtml(label)}" font-family="'Liberation Sans', Arial, 'DejaVu Sans', sans-serif">`,
    `<title>${escapeHtml(label)}</title>`,
    ...picture.zones.map((z) => zoneSvg(z, size)),
    ...picture.notes.map((n) => noteSvg(n, n.themeId === null ? undefined : themesById.get(n.themeId), size, picture.noteNumbers?.[n.id])),
    ...picture.themes.map((t, i) => themeSvg(t, i + 1, notesByTheme.get(t.id) ?? [], size)),
    '</svg>',
  ].join('');
}
