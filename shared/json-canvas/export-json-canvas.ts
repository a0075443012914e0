import type { Canvas, Note } from '../schema';
import { themeOutline } from '../summary/canvas-svg';
import { toCanvasColor } from './canvas-colors';
import type { JsonCanvas, JsonCanvasNode } from './json-canvas-schema';

/** Node ids carry what they were, so an export read back restores themes as themes and zones as zones. */
export const ZONE_PREFIX = 'zone-';
export const THEME_PREFIX = 'theme-';
export const NOTE_PREFIX = 'note-';
/**
 * A theme's group is only a rectangle, and a rectangle around notes spread over the canvas also covers notes of
 * other themes. Each note of a theme therefore names its theme group in this extra field (the spec allows extra
 * fields); readers that ignore it still see the groups.
 */
export const NOTE_THEME_FIELD = 'copStudioTheme';

const int = Math.round;

/**
 * The vision canvas as JSON Canvas 1.0: zones as groups (labelled), themes as coloured groups drawn around their
 * notes, notes as text nodes with position, size and colour. Nodes are listed bottom to top, as the spec asks.
 */
export function exportJsonCanvas(canvas: Pick<Canvas, 'zones' | 'notes' | 'themes'>): JsonCanvas {
  const zones: JsonCanvasNode[] = canvas.zones.map((z) => ({
    id: `${ZONE_PREFIX}${z.id}`,
    type: 'group',
    label: z.title,
    x: int(z.x),
    y: int(z.y),
    width: Math.max(1, int(z.width)),
    height: Math.max(1, int(z.height)),
  }));
  const notesByTheme = new Map<string, Note[]>();
  for (const n of canvas.notes) if (n.themeId !== null) notesByTheme.get(n.themeId)?.push(n) ?? notesByTheme.set(n.themeId, [n]);
  const themes: JsonCanvasNode[] = canvas.themes.flatMap((t) => {
    const box = themeOutline(notesByTheme.get(t.id) ?? []);
    if (!box) return [];
    return [
      {
        id: `${THEME_PREFIX}${t.id}`,
        type: 'group' as const,
        label: t.name,
        color: toCanvasColor(t.color),
        x: int(box.x),
        y: int(box.y),
        width: int(box.width),
        height: int(box.height),
      },
    ];
  });
  const exportedThemes = new Set(themes.map((t) => t.id));
  const notes: JsonCanvasNode[] = canvas.notes.map((n) => ({
    id: `${NOTE_PREFIX}${n.id}`,
    ...(n.themeId !== null && exportedThemes.has(`${THEME_PREFIX}${n.themeId}`)
      ? { [NOTE_THEME_FIELD]: `${THEME_PREFIX}${n.themeId}` }
      : {}),
    type: 'text',
    text: n.text,
    color: toCanvasColor(n.color),
    x: int(n.x),
    y: int(n.y),
    width: Math.max(1, int(n.width)),
    height: Math.max(1, int(n.height)),
  }));
  return { nodes: [...zones, ...themes, ...notes], edges: [] };
}

/** The file's text: JSON with a tab indent, as Obsidian writes it. */
export function serializeJsonCanvas(canvas: JsonCanvas): string {
  return `${JSON.stringify(canvas, null, '\t')}\n`;
}
