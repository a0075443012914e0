import { NOTE_COLORS, type NoteColor } from '../schema';
import { NOTE_FILL } from '../summary/note-palette';
import { JSON_CANVAS_PRESET_RGB as PRESET_RGB } from '../theme/json-canvas-presets';

/** Our note colours as JSON Canvas colours: presets where one fits, our own paper colour otherwise. */
const TO_CANVAS: Readonly<Record<NoteColor, string>> = {
  yellow: '3',
  orange: '2',
  green: '4',
  blue: '5',
  purple: '6',
  pink: NOTE_FILL.pink,
  grey: NOTE_FILL.grey,
};

export const toCanvasColor = (color: NoteColor): string => TO_CANVAS[color];

const rgbOf = (hex: string): [number, number, number] => {
  const h = hex.length === 4 ? hex.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3') : hex;
  return [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
};

/** A JSON Canvas colour as one of our note colours: the exact match, else the nearest paper colour; yellow when none. */
export function fromCanvasColor(color: string | undefined): NoteColor {
  if (color === undefined) return 'yellow';
  const exact = NOTE_COLORS.find((c) => TO_CANVAS[c].toLowerCase() === color.toLowerCase());
  if (exact) return exact;
  if (color === '1') return 'pink';
  const hex = PRESET_RGB[color] ?? color;
  if (!/^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/.test(hex)) return 'yellow';
  const [r, g, b] = rgbOf(hex);
  let best: NoteColor = 'yellow';
  let bestDistance = Infinity;
  for (const c of NOTE_COLORS) {
    const [r2, g2, b2] = rgbOf(NOTE_FILL[c]);
    const distance = (r - r2) ** 2 + (g - g2) ** 2 + (b - b2) ** 2;
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}
