import { describe, expect, test } from 'vitest';
import { WINDOW_BACKGROUND } from '../../../shared/theme/window-background';
import { NOTE_PALETTE, notePaletteCss } from '../../../shared/theme/note-palette';
import { PRINT_THEME } from '../../../shared/theme/print-theme';
import { printCss } from '../../../shared/summary/print-css';
import { filesUnder, readText } from '../theme/colour-scan';
import { parseCss, varsIn, type CssRule } from '../theme/css-rules';
import { ALL_THEMES, contrast, ROOT, THEMES_CSS, themeTokens } from '../theme/theme-tokens';
import { BANDS, DECORATION, GRAPHICS_ON, PAPERS, PRINT_DECORATION, PRINT_TEXT_ON, TEXT_ON } from '../theme/token-pairs';
import type { ThemeName } from '../../../shared/preferences';

/** Text ≥ 4.5:1 (WCAG AA), ≥ 7:1 in high contrast (AAA); graphics ≥ 3:1 (WCAG 1.4.11). */
const textMinimum = (theme: ThemeName) => (theme === 'high-contrast' ? 7 : 4.5);

test('the contrast formula matches known values', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
});

describe('every foreground/background pair of the theme tokens (tests/unit/theme/token-pairs.ts)', () => {
  for (const theme of ALL_THEMES) {
    test(`${theme}: text ${textMinimum(theme)}:1, graphics 3:1`, () => {
      const tokens = themeTokens(theme);
      const failures: string[] = [];
      const check = (fg: string, bg: string, min: number) => {
        if (!tokens[fg] || !tokens[bg]) return failures.push(`--${fg} on --${bg}: no such token in ${theme}`);
        const ratio = contrast(tokens[fg], tokens[bg]);
        if (!(ratio >= min)) failures.push(`--${fg} on --${bg}: ${ratio.toFixed(2)} < ${min}`);
      };
      for (const [fg, pair] of Object.entries(TEXT_ON))
        if (pair.themes.includes(theme)) for (const bg of pair.on) check(fg, bg, textMinimum(theme));
      for (const [fg, bgs] of Object.entries(GRAPHICS_ON)) for (const bg of bgs) check(fg, bg, 3);
      expect(failures).toEqual([]);
    });
  }
});

/** The stylesheets' rules, declarations of one selector in one file merged (e.g. `.a { color }` and later `.a { background }`). */
function stylesheetRules(): Array<CssRule & { file: string }> {
  const merged = new Map<string, CssRule & { file: string }>();
  for (const file of filesUnder(ROOT, 'renderer', ['.css']).filter((f) => f !== THEMES_CSS)) {
    for (const rule of parseCss(readText(ROOT, file)).rules) {
      const key = `${file} ${[...rule.parents, rule.selector].join(' ')}`;
      const seen = merged.get(key);
      if (seen) seen.declarations.push(...rule.declarations);
      else merged.set(key, { ...rule, declarations: [...rule.declarations], file });
    }
  }
  return [...merged.values()];
}

/** What the stylesheets draw with which token, in which theme, checked against the list of pairs. */
function unlistedUses(): string[] {
  const rules = stylesheetRules();
  // Custom properties set in the stylesheets (e.g. `--theme: var(--band-blue)`), followed to the tokens they name.
  const local = new Map<string, Set<string>>();
  for (const rule of rules) {
    for (const d of rule.declarations) {
      if (d.property.startsWith('--'))
        for (const v of varsIn(d.value))
          (local.get(d.property.slice(2)) ?? local.set(d.property.slice(2), new Set()).get(d.property.slice(2))!).add(v);
    }
  }
  const tokensOf = (value: string, firstOnly = false): string[] => {
    const names = varsIn(value);
    const follow = (name: string): string[] => (local.has(name) ? [...local.get(name)!].flatMap(follow) : [name]);
    return (firstOnly ? names.slice(0, 1) : names).flatMap(follow);
  };
  const onlyIn = (selector: string): ThemeName | null =>
    (/^:root\[data-theme='([\w-]+)'\]/.exec(selector)?.[1] as ThemeName | undefined) ?? null;
  const overridden = (rule: CssRule & { file: string }, theme: ThemeName, property: string) =>
    rules.some(
      (r) => r.selector === `:root[data-theme='${theme}'] ${rule.selector}` && r.declarations.some((d) => d.property === property),
    );

  const backgroundsWithText = (theme: ThemeName) => new Set(Object.values(TEXT_ON).flatMap((p) => (p.themes.includes(theme) ? p.on : [])));
  const problems: string[] = [];
  for (const rule of rules) {
    const where = `${rule.file}:${rule.line} ${rule.selector}`;
    const theme = onlyIn(rule.selector);
    for (const t of theme ? [theme] : ALL_THEMES) {
      const read = (props: string[], firstOnly = false) =>
        rule.declarations
          .filter((d) => props.includes(d.property) && !overridden(rule, t, d.property))
          .flatMap((d) => tokensOf(d.value, firstOnly));
      const fgs = read(['color'], true);
      const bgs = read(['background', 'background-color']);
      const graphics = read(['fill', 'stroke', 'outline', 'outline-color', 'accent-color']);
      for (const fg of fgs) {
        const pair = TEXT_ON[fg];
        if (!pair || !pair.themes.includes(t)) problems.push(`${where}: --${fg} as text in ${t} is not listed`);
        else for (const bg of bgs) if (!pair.on.includes(bg)) problems.push(`${where}: --${fg} on --${bg} in ${t} is not listed`);
      }
      if (!fgs.length) {
        for (const bg of bgs) {
          if (!backgroundsWithText(t).has(bg) && !GRAPHICS_ON[bg] && !DECORATION.includes(bg))
            problems.push(`${where}: background --${bg} in ${t} is not listed`);
        }
      }
      for (const g of graphics)
        if (!GRAPHICS_ON[g] && !TEXT_ON[g] && !DECORATION.includes(g)) problems.push(`${where}: --${g} drawn in ${t} is not listed`);
    }
  }
  return [...new Set(problems)];
}

describe('the stylesheets use no pair the list does not check', () => {
  test('every text colour, background and graphic colour of renderer/**/*.css is in the list of pairs', () => {
    expect(unlistedUses()).toEqual([]);
  });

  test('the check sees the stylesheets: it knows the pairs they draw', () => {
    const rules = stylesheetRules();
    const find = (selector: string, file = '') => rules.find((r) => r.selector === selector && r.file.endsWith(file));
    expect(find('.button--danger', 'common/feature.css')?.declarations).toEqual(
      expect.arrayContaining([{ property: 'color', value: 'var(--surface)' }]),
    );
    expect(find('.activity-type')?.declarations.map((d) => d.property)).toEqual(expect.arrayContaining(['color', 'background']));
    expect(rules.length).toBeGreaterThan(500);
  });
});

describe('the note palette (shared/theme/note-palette.ts)', () => {
  test('text on every paper colour reaches 7:1 in every theme; every band colour 4.5:1 on white', () => {
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

  test('the generated CSS variables are the palette, and the stylesheets define no note colour of their own', () => {
    const generated = notePaletteCss();
    for (const [colour, hex] of Object.entries(NOTE_PALETTE.paper.light)) expect(generated).toContain(`--note-${colour}: ${hex};`);
    for (const [colour, hex] of Object.entries(NOTE_PALETTE.band)) expect(generated).toContain(`--band-${colour}: ${hex};`);
    expect(generated).toContain(`--note-vote: ${NOTE_PALETTE.on.vote};`);
    const canvasCss = readText(ROOT, 'renderer/canvas/canvas.css');
    expect(canvasCss).not.toMatch(/--(note|band)-[a-z]+\s*:\s*#/);
  });
});

describe('the print theme (shared/theme/print-theme.ts)', () => {
  const print: Record<string, string> = {
    ...PRINT_THEME,
    ...Object.fromEntries(
      PAPERS.map((p) => [p, NOTE_PALETTE.paper.light[p.slice('note-'.length) as keyof typeof NOTE_PALETTE.paper.light]]),
    ),
    ...Object.fromEntries(BANDS.map((b) => [b, NOTE_PALETTE.band[b.slice('band-'.length) as keyof typeof NOTE_PALETTE.band]])),
  };

  test('every text colour on every background it is printed on reaches 4.5:1', () => {
    const failures: string[] = [];
    for (const [fg, bgs] of Object.entries(PRINT_TEXT_ON)) {
      for (const bg of bgs) {
        const ratio = contrast(print[fg]!, print[bg]!);
        if (!(ratio >= 4.5)) failures.push(`${fg} on ${bg}: ${ratio.toFixed(2)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  test('the summary stylesheet prints no text colour on a background the list does not check', () => {
    const nameOf = (value: string): string[] => {
      const hexes = value.match(/#[0-9a-fA-F]{6,8}\b/g) ?? [];
      return hexes.map((hex) => Object.keys(print).find((k) => print[k] === hex.toLowerCase()) ?? `? ${hex}`);
    };
    // Backgrounds the summary's HTML sets inline: a theme's badge and rank take the theme's band.
    const inline: Record<string, string[]> = { '.badge': BANDS, '.rank': BANDS };
    const css = printCss('A4', { footerLeft: 'x', pageNumber: 'Page {{page}} of {{pages}}' });
    const problems: string[] = [];
    for (const rule of parseCss(css).rules) {
      const fgs = rule.declarations.filter((d) => d.property === 'color').flatMap((d) => nameOf(d.value));
      const bgs = rule.declarations.filter((d) => d.property === 'background').flatMap((d) => nameOf(d.value));
      for (const fg of fgs) {
        if (!PRINT_TEXT_ON[fg]) problems.push(`${rule.selector}: ${fg} as text`);
        for (const bg of bgs.length ? bgs : (inline[rule.selector] ?? ['paper']))
          if (!PRINT_TEXT_ON[fg]?.includes(bg)) problems.push(`${rule.selector}: ${fg} on ${bg}`);
      }
      if (!fgs.length)
        for (const bg of bgs)
          if (!Object.values(PRINT_TEXT_ON).some((on) => on.includes(bg)) && !PRINT_DECORATION.includes(bg))
            problems.push(`${rule.selector}: background ${bg}`);
    }
    expect(problems).toEqual([]);
  });
});

test("the desktop window's background before the page paints is the light theme's --bg", () => {
  expect(WINDOW_BACKGROUND).toBe(themeTokens('light').bg);
});
