import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { colourLiterals, filesUnder, readText } from './colour-scan';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * The theme files: the only places a colour may be written. The app's and the phone page's tokens
 * (renderer/styles/themes.css), and shared/theme/: the note palette (CSS variables generated from it), the print
 * theme of the summary, the window's background, JSON Canvas's preset colours.
 */
const THEME_FILES = (file: string) => file === 'renderer/styles/themes.css' || file.startsWith('shared/theme/');

/** Everything that ships: stylesheets, components (inline styles, SVG), the phone page, the summary, both hosts. */
const SCANNED = [
  ...filesUnder(ROOT, 'renderer', ['.css', '.ts', '.tsx', '.html']),
  ...filesUnder(ROOT, 'shared', ['.ts']),
  ...filesUnder(ROOT, 'electron', ['.ts']),
  ...filesUnder(ROOT, 'hosts', ['.ts']),
];

describe('colour literals live in the theme files only', () => {
  test('the scan covers the stylesheets, the components, the phone page, the summary and the hosts', () => {
    for (const file of [
      'renderer/canvas/canvas.css',
      'renderer/phone/phone.css',
      'renderer/phone.html',
      'renderer/impact/charts/LineChart.tsx',
      'shared/summary/print-css.ts',
      'shared/summary/chart-svg.ts',
      'shared/summary/canvas-svg.ts',
      'electron/window/window-options.ts',
    ]) {
      expect(SCANNED).toContain(file);
    }
  });

  test('no colour literal outside the theme files', () => {
    const findings = SCANNED.filter((file) => !THEME_FILES(file)).flatMap((file) =>
      colourLiterals(readText(ROOT, file), file.endsWith('.css') ? 'css' : 'code').map((f) => `${file}:${f.line}: ${f.literal}`),
    );
    expect(findings).toEqual([]);
  });

  test('the theme files are where the colours are (the scan finds them there)', () => {
    expect(colourLiterals(readText(ROOT, 'renderer/styles/themes.css'), 'css').length).toBeGreaterThan(50);
    expect(colourLiterals(readText(ROOT, 'shared/theme/print-theme.ts'), 'code').length).toBeGreaterThan(20);
    expect(colourLiterals(readText(ROOT, 'shared/theme/note-palette.ts'), 'code').length).toBeGreaterThan(20);
  });
});

describe('the colour scan', () => {
  const literals = (text: string, kind: 'css' | 'code') => colourLiterals(text, kind).map((f) => f.literal);

  test('finds hex colours, functional notations and named colours in CSS values', () => {
    const css = `.a { color: #fff; background: #A4161A; }\n.b { box-shadow: 0 1px 2px rgb(0 0 0 / 0.2); border: 1px solid white; }\n.c { outline-color: hsl(0 0% 0%); fill: Red; --x: #11223344; }`;
    expect(literals(css, 'css')).toEqual(['#fff', '#A4161A', 'rgb(', 'border: white', 'hsl(', 'fill: Red', '#11223344']);
  });

  test('passes tokens, comments, keywords that are not colours, and transparent/currentColor', () => {
    const css = `/* white text on #000 */\n.a { white-space: nowrap; color: var(--note-yellow); border: 1px solid transparent; fill: currentColor; }\n.b { background: color-mix(in srgb, var(--shadow) 20%, transparent); font-family: 'Red Hat', sans-serif; }`;
    expect(literals(css, 'css')).toEqual([]);
  });

  test('finds colours in components and generated SVG or CSS, not colour names of the data', () => {
    const code = [
      `<rect fill="#f7f8fa" stroke="black"/>`,
      "const s = `<circle fill='red'/>`;",
      `style={{ backgroundColor: 'white' }}`,
      `const css = 'color: rgba(0, 0, 0, 0.3)';`,
      `note({ color: 'yellow' }); const ink = NOTE_INK.green; this.#add(); const e = '&#123;';`,
    ].join('\n');
    expect(literals(code, 'code')).toEqual(['#f7f8fa', 'stroke="black', "fill='red", "backgroundColor: 'white", 'rgba(']);
  });
});
