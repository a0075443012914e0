import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { THEMES } from '../../../shared/preferences';

const css = readFileSync(path.resolve(import.meta.dirname, '../../../renderer/styles/themes.css'), 'utf8');

function themeColours(theme: string): Record<string, string> {
  const block = new RegExp(`\\[data-theme='${theme}'\\]\\s*\\{([^}]*)\\}`).exec(css)?.[1];
  if (!block) throw new Error(`themes.css has no block for ${theme}`);
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [m[1]!, m[2]!]));
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const BACKGROUNDS = ['bg', 'surface', 'surface-2'];
const TEXT_COLOURS = ['text', 'text-muted', 'accent', 'danger', 'ok'];

describe('theme contrast', () => {
  test('the contrast formula matches known values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  for (const theme of THEMES) {
    const minimum = theme === 'high-contrast' ? 7 : 4.5;
    test(`${theme}: every text colour on every background reaches ${minimum}:1, the focus ring 3:1`, () => {
      const c = themeColours(theme);
      const failures: string[] = [];
      const check = (fg: string, bg: string, min: number) => {
        const ratio = contrast(c[fg]!, c[bg]!);
        if (!(ratio >= min)) failures.push(`--${fg} on --${bg}: ${ratio.toFixed(2)} < ${min}`);
      };
      for (const bg of BACKGROUNDS) {
        for (const fg of TEXT_COLOURS) check(fg, bg, minimum);
        check('focus', bg, 3);
      }
      check('accent-text', 'accent', minimum);
      check('danger-text', 'danger', minimum);
      // The focus halo separates the ring from a control painted in the accent colour.
      check('focus', 'focus-halo', 3);
      expect(failures).toEqual([]);
    });
  }
});

describe('the note palette (shared/theme/note-palette.ts)', () => {
  test('text on every paper colour reaches 7:1 in every theme; every band colour 4.5:1 on white', async () => {
    const { NOTE_PALETTE } = await import('../../../shared/theme/note-palette');
    const failures: string[] = [];
    for (const [theme, papers] of Object.entries(NOTE_PALETTE.paper)) {
      for (const [colour, hex] of Object.entries(papers)) {
        const ratio = contrast(NOTE_PALETTE.text, hex);
        if (!(ratio >= 7)) failures.push(`note text on ${theme} ${colour}: ${ratio.toFixed(2)}`);
      }
    }
    for (const [colour, hex] of Object.entries(NOTE_PALETTE.band)) {
      const ratio = contrast(hex, '#ffffff');
      if (!(ratio >= 4.5)) failures.push(`band ${colour} on white: ${ratio.toFixed(2)}`);
    }
    expect(failures).toEqual([]);
  });

  test('the generated CSS variables are the palette, and the stylesheets define no note colour of their own', async () => {
    const { NOTE_PALETTE, notePaletteCss } = await import('../../../shared/theme/note-palette');
    const generated = notePaletteCss();
    for (const [colour, hex] of Object.entries(NOTE_PALETTE.paper.light)) expect(generated).toContain(`--note-${colour}: ${hex};`);
    for (const [colour, hex] of Object.entries(NOTE_PALETTE.band)) expect(generated).toContain(`--band-${colour}: ${hex};`);
    const canvasCss = readFileSync(path.resolve(import.meta.dirname, '../../../renderer/canvas/canvas.css'), 'utf8');
    expect(canvasCss).not.toMatch(/--(note|band)-[a-z]+\s*:\s*#/);
  });
});
