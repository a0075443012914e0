/**
 * THE print theme: every colour of the printed summary (PDF and its HTML: `shared/summary/print-css.ts`, the
 * charts of `chart-svg.ts`, the canvas picture of `canvas-svg.ts`) that is not a note colour (those come from
 * `note-palette.ts`). Black-ish text on white paper, in one theme whatever the app's theme.
 * tests/unit/facilitation/theme-contrast.test.ts checks every text colour on every background it is printed on
 * (≥ 4.5:1), and tests/unit/theme/colour-literals.test.ts fails on a colour written anywhere else.
 */
export const PRINT_THEME = {
  /** The paper, and what is printed on a colour (the rank in a theme's badge). */
  paper: '#ffffff',
  text: '#1b1f24',
  /** Secondary text: captions, footers, meta lines, axis labels. */
  muted: '#4a5260',
  /** Darker secondary text: an objective under its goal. */
  secondary: '#333a44',
  /** Strong labels: note numbers, zone titles in the canvas picture. */
  strong: '#2b323c',
  /** Kickers, rules under headings, the chart's line. */
  accent: '#0b5cad',
  /** Headings and figures in the accent's family. */
  heading: '#0b3d73',
  ok: '#1d6b35',
  danger: '#a4161a',
  /** Rules and borders, from light to strong. */
  rule: '#c3c9d3',
  ruleLight: '#d5dae1',
  ruleStrong: '#8c95a3',
  /** Tinted backgrounds. */
  tint: '#eef0f4',
  briefTint: '#eef4fb',
  votesTint: '#e4eefa',
  barTrack: '#e3e5e8',
  /** The vision statement: a golden bar beside a pale yellow block. */
  visionBar: '#8a6d00',
  visionTint: '#fffbe3',
  /** A sponsor ask's status pill: text on its tint. */
  askedText: '#6b5200',
  askedTint: '#fff1c2',
  grantedTint: '#d3f2dc',
  refusedTint: '#fbd9da',
  /** The edge of a colour swatch, and of an unthemed note in the canvas picture (black at 20 %). */
  swatchEdge: '#00000033',
  /** Charts: the plot area and the baseline. */
  plot: '#f7f8fa',
  baseline: '#6b7280',
  /** The canvas picture: a zone's paper and edge. */
  zone: '#f4f6f9',
  zoneEdge: '#9aa3b0',
} as const;

export type PrintColour = keyof typeof PRINT_THEME;
