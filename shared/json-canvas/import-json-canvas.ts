import { newId } from '../domain/ids';
import { truncateText } from '../domain/text-units';
import { createWorkshop } from '../domain/new-workshop';
import { zoneOfRect } from '../domain/zone-of-point';
import { formatZodError, WorkshopSchema, type Note, type Theme, type Workshop, type Zone } from '../schema';
import { fromCanvasColor } from './canvas-colors';
import { NOTE_PREFIX, NOTE_THEME_FIELD, THEME_PREFIX } from './export-json-canvas';
import { JsonCanvasSchema, type JsonCanvasNode } from './json-canvas-schema';
import { LIMITS } from '../schema/limits';

export const MAX_NOTE_TEXT = LIMITS.note.text;
const MAX_ZONES = 100;
const MAX_NOTES = 20_000;
const MAX_THEMES = 1_000;

export interface JsonCanvasImportReport {
  notes: number;
  zones: number;
  themes: number;
  /** Connections (edges) have no counterpart on the vision canvas. */
  skippedEdges: number;
  /** Notes whose text was longer than a note holds. */
  truncatedNotes: number;
}

export type JsonCanvasImport = { ok: true; workshop: Workshop; report: JsonCanvasImportReport } | { ok: false; message: string };

type Box = { x: number; y: number; width: number; height: number };
const contains = (outer: Box, inner: Box) => {
  const cx = inner.x + inner.width / 2;
  const cy = inner.y + inner.height / 2;
  return cx >= outer.x && cx < outer.x + outer.width && cy >= outer.y && cy < outer.y + outer.height;
};

/** The text a note gets from a node: its text, or what a file or link node points at. */
function textOf(node: JsonCanvasNode): string | null {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'file':
      return node.subpath ? `${node.file}${node.subpath}` : node.file;
    case 'link':
      return node.url;
    case 'group':
      return null;
  }
}

/**
 * Reads a JSON Canvas file as a NEW workshop whose canvas holds its content: text (and file/link) nodes become
 * notes, groups become zones — except the theme groups CoP Studio itself wrote (ids "theme-…"), which become
 * themes again. Each note's zone is the zone under its centre. Never throws: a malformed file gives a message.
 */
export function importJsonCanvas(text: string, options: { title: string; now?: Date }): JsonCanvasImport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: text.trim() === '' ? 'the file is empty' : 'it is not valid JSON' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, message: 'it is not a JSON Canvas file (expected an object with "nodes" and "edges")' };
  }
  if (!('nodes' in raw) && !('edges' in raw)) {
    return { ok: false, message: 'it is not a JSON Canvas file (it has neither "nodes" nor "edges")' };
  }
  const parsed = JsonCanvasSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: `it is not a valid JSON Canvas file (${formatZodError(parsed.error, 3)})` };
  const nodes = parsed.data.nodes ?? [];

  const now = options.now ?? new Date();
  const zones: Zone[] = [];
  const themeBoxes: { theme: Theme; box: Box; nodeId: string }[] = [];
  for (const node of nodes) {
    if (node.type !== 'group') continue;
    const label = node.label?.trim() ?? '';
    if (node.id.startsWith(THEME_PREFIX)) {
      themeBoxes.push({
        theme: { id: newId(), name: truncateText(label || 'Theme', 120, ''), color: fromCanvasColor(node.color) },
        box: node,
        nodeId: node.id,
      });
    } else {
      zones.push({
        id: newId(),
        title: truncateText(label || `Zone ${zones.length + 1}`, 120, ''),
        hint: '',
        x: node.x,
        y: node.y,
        width: node.width,
        height: node.height,
      });
    }
  }
  if (zones.length > MAX_ZONES) return { ok: false, message: `it has ${zones.length} groups; a canvas holds at most ${MAX_ZONES} zones` };
  if (themeBoxes.length > MAX_THEMES)
    return { ok: false, message: `it has ${themeBoxes.length} theme groups; a canvas holds at most ${MAX_THEMES} themes` };

  let truncatedNotes = 0;
  const createdAt = now.toISOString();
  const notes: Note[] = [];
  for (const node of nodes) {
    let noteText = textOf(node);
    if (noteText === null) continue;
    if (noteText.length > MAX_NOTE_TEXT) {
      truncatedNotes += 1;
      noteText = truncateText(noteText, MAX_NOTE_TEXT);
    }
    const rect = { x: node.x, y: node.y, width: node.width, height: node.height };
    // A note CoP Studio wrote names its theme; another app's node is in the innermost theme group around it.
    const named = (node as Record<string, unknown>)[NOTE_THEME_FIELD];
    const theme = node.id.startsWith(NOTE_PREFIX)
      ? ((typeof named === 'string' ? themeBoxes.find((t) => t.nodeId === named)?.theme : undefined) ?? null)
      : ([...themeBoxes].reverse().find((t) => contains(t.box, rect))?.theme ?? null);
    notes.push({
      id: newId(),
      text: noteText,
      color: fromCanvasColor(node.color),
      author: null,
      authorMemberId: null,
      ...rect,
      zoneId: zoneOfRect(zones, rect)?.id ?? null,
      themeId: theme?.id ?? null,
      createdAt,
    });
  }
  if (notes.length > MAX_NOTES) return { ok: false, message: `it has ${notes.length} notes; a canvas holds at most ${MAX_NOTES}` };

  const usedThemes = new Set(notes.map((n) => n.themeId));
  const themes = themeBoxes.map((t) => t.theme).filter((t) => usedThemes.has(t.id));
  const workshop = createWorkshop({ title: options.title.slice(0, LIMITS.workshop.title) || 'Imported canvas', template: 'blank', now });
  workshop.canvas = { ...workshop.canvas, zones, notes, themes };
  const check = WorkshopSchema.safeParse(workshop);
  if (!check.success) return { ok: false, message: `its content does not fit a CoP Studio canvas (${formatZodError(check.error, 3)})` };
  return {
    ok: true,
    workshop: check.data,
    report: {
      notes: notes.length,
      zones: zones.length,
      themes: themes.length,
      skippedEdges: parsed.data.edges?.length ?? 0,
      truncatedNotes,
    },
  };
}
