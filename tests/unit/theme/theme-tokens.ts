import { readFileSync } from 'node:fs';
import path from 'node:path';
import { THEMES, type ThemeName as Theme } from '../../../shared/preferences';
import { notePaletteCss } from '../../../shared/theme/note-palette';
import { parseCss } from './css-rules';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The app's stylesheets besides the tokens (every .css under renderer/ but themes.css). */
export const THEMES_CSS = 'renderer/styles/themes.css';

/**
 * Every token's value in a theme, as the browser resolves it: the `:root` blocks of themes.css and of the generated
 * note palette, then the theme's own block. Values that are not a plain #rrggbb are left out.
 */
export function themeTokens(theme: Theme): Record<string, string> {
  const css = readFileSync(path.join(ROOT, THEMES_CSS), 'utf8') + '\n' + notePaletteCss();
  const tokens: Record<string, string> = {};
  for (const rule of parseCss(css).rules) {
    const selectors = rule.selector.split(',').map((s) => s.trim());
    if (!selectors.some((s) => s === ':root' || s === `:root[data-theme='${theme}']`)) continue;
    for (const d of rule.declarations) {
      if (d.property.startsWith('--') && /^#[0-9a-fA-F]{6}$/.test(d.value)) tokens[d.property.slice(2)] = d.value.toLowerCase();
    }
  }
  return tokens;
}

export const ALL_THEMES: readonly Theme[] = THEMES;

/** WCAG 2 relative luminance and contrast ratio of two #rrggbb colours. */
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
