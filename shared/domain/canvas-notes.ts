import type { Canvas, Note, NoteColor, Workshop, Zone } from '../schema';
import { NOTE_COLORS } from '../schema';
import { forgetCanvasItems } from './canvas-references';
import { removeEmptyThemes } from './canvas-themes';
import { newId } from './ids';
import { boundsOf, type Rect } from './rect';
import { zoneOfRect } from './zone-of-point';

/** The size of a new sticky note, in canvas (world) units. */
export const NOTE_WIDTH = 180;
export const NOTE_HEIGHT = 120;
/** Space left at the top of a zone for its title and hint. */
export const ZONE_HEADER = 84;
const SLOT_GAP = 12;

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Where a new note goes in a zone: the first free slot of a grid below the zone's header, reading order;
 * when the zone is full, cascades from its top-left corner.
 */
export function freeSpotInZone(zone: Zone, notes: readonly Rect[]): { x: number; y: number } {
  const columns = Math.max(1, Math.floor((zone.width - SLOT_GAP) / (NOTE_WIDTH + SLOT_GAP)));
  const rows = Math.max(1, Math.floor((zone.height - ZONE_HEADER) / (NOTE_HEIGHT + SLOT_GAP)));
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const slot = {
        x: zone.x + SLOT_GAP + column * (NOTE_WIDTH + SLOT_GAP),
        y: zone.y + ZONE_HEADER + row * (NOTE_HEIGHT + SLOT_GAP),
        width: NOTE_WIDTH,
        height: NOTE_HEIGHT,
      };
      if (!notes.some((note) => overlaps(note, slot))) return { x: slot.x, y: slot.y };
    }
  }
  const inZone = notes.filter((note) => zoneOfRect([zone], note) !== null).length;
  return { x: zone.x + SLOT_GAP + (inZone % 10) * 16, y: zone.y + ZONE_HEADER + (inZone % 10) * 16 };
}

export interface NewNoteOptions {
  text?: string;
  color?: NoteColor;
  author?: string | null;
  authorMemberId?: string | null;
  now?: Date;
}

/** A new note whose top-left corner is at (x, y); its zone is the one under its centre. */
export function makeNote(canvas: Pick<Canvas, 'zones'>, x: number, y: number, options: NewNoteOptions = {}): Note {
  const rect = { x: Math.round(x), y: Math.round(y), width: NOTE_WIDTH, height: NOTE_HEIGHT };
  return {
    id: newId(),
    text: options.text ?? '',
    color: options.color ?? 'yellow',
    author: options.author ?? null,
    authorMemberId: options.authorMemberId ?? null,
    ...rect,
    zoneId: zoneOfRect(canvas.zones, rect)?.id ?? null,
    themeId: null,
    createdAt: (options.now ?? new Date()).toISOString(),
  };
}

/** Adds a note (mutates the canvas draft) and returns it. */
export function addNote(canvas: Canvas, x: number, y: number, options: NewNoteOptions = {}): Note {
  const note = makeNote(canvas, x, y, options);
  canvas.notes.push(note);
  return note;
}

/** Adds a note in the first free spot of a zone. */
export function addNoteInZone(canvas: Canvas, zone: Zone, options: NewNoteOptions = {}): Note {
  const spot = freeSpotInZone(zone, canvas.notes);
  return addNote(canvas, spot.x, spot.y, options);
}

/** Moves notes by (dx, dy) and re-derives each one's zone from where its centre lands. */
export function moveNotes(canvas: Canvas, ids: readonly string[], dx: number, dy: number): void {
  if (dx === 0 && dy === 0) return;
  const wanted = new Set(ids);
  for (const note of canvas.notes) {
    if (!wanted.has(note.id)) continue;
    note.x = Math.round(note.x + dx);
    note.y = Math.round(note.y + dy);
    note.zoneId = zoneOfRect(canvas.zones, note)?.id ?? null;
  }
}

/** The smallest and largest note, in canvas units. */
export const NOTE_SIZE_LIMITS = { minWidth: 80, minHeight: 60, maxWidth: 800, maxHeight: 800 } as const;

/** Resizes a note (within NOTE_SIZE_LIMITS) and re-derives its zone from where its centre now is. */
export function resizeNote(canvas: Canvas, id: string, width: number, height: number): void {
  const note = canvas.notes.find((n) => n.id === id);
  if (!note) return;
  const { minWidth, minHeight, maxWidth, maxHeight } = NOTE_SIZE_LIMITS;
  note.width = Math.round(Math.min(maxWidth, Math.max(minWidth, width)));
  note.height = Math.round(Math.min(maxHeight, Math.max(minHeight, height)));
  note.zoneId = zoneOfRect(canvas.zones, note)?.id ?? null;
}

/** Deletes notes, the dots placed on them and links to them; a theme left empty goes too. */
export function deleteNotes(w: Workshop, ids: readonly string[]): void {
  const gone = new Set(ids);
  w.canvas.notes = w.canvas.notes.filter((note) => !gone.has(note.id));
  forgetCanvasItems(w, 'note', gone);
  removeEmptyThemes(w);
}

/** Copies notes, offset down-right, keeping text, colour, author and theme (not votes). Returns the copies' ids. */
export function duplicateNotes(canvas: Canvas, ids: readonly string[], now = new Date()): string[] {
  const wanted = new Set(ids);
  const copies = canvas.notes
    .filter((note) => wanted.has(note.id))
    .map((note) => {
      const rect = { x: note.x + 24, y: note.y + 24, width: note.width, height: note.height };
      return { ...note, ...rect, id: newId(), zoneId: zoneOfRect(canvas.zones, rect)?.id ?? null, createdAt: now.toISOString() };
    });
  canvas.notes.push(...copies);
  return copies.map((note) => note.id);
}

export function setNotesColor(canvas: Canvas, ids: readonly string[], color: NoteColor): void {
  const wanted = new Set(ids);
  for (const note of canvas.notes) if (wanted.has(note.id)) note.color = color;
}

/** The colour after `color` in the palette, for "next colour" shortcuts. */
export const nextColor = (color: NoteColor): NoteColor => NOTE_COLORS[(NOTE_COLORS.indexOf(color) + 1) % NOTE_COLORS.length]!;

/** The smallest rectangle holding every zone and note; null on an empty canvas. */
export function contentBounds(canvas: Pick<Canvas, 'zones' | 'notes'>): Rect | null {
  return boundsOf([...canvas.zones, ...canvas.notes]);
}

/** Notes whose rectangle intersects `rect` (rubber-band selection, viewport culling). */
export function notesIn<T extends Rect>(notes: readonly T[], rect: Rect): T[] {
  return notes.filter((note) => overlaps(note, rect));
}
