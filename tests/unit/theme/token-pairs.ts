import { THEMES, type ThemeName as Theme } from '../../../shared/preferences';
import { ACTIVITY_TYPES, NOTE_COLORS } from '../../../shared/schema';

/**
 * Which colour token is drawn on which: the one list of foreground/background pairs the stylesheets use together.
 * tests/unit/facilitation/theme-contrast.test.ts checks every pair in every theme, and reads the stylesheets to fail
 * on a pair (or a foreground, or a background) they use that this list does not name.
 */

/** The grounds of the app: the page, panels, inputs and cards, the canvas's board and zones. */
export const SURFACES = ['bg', 'surface', 'surface-2', 'zone-bg', 'board-bg'] as const;
export const PAPERS = NOTE_COLORS.map((c) => `note-${c}`);
export const BANDS = NOTE_COLORS.map((c) => `band-${c}`);
export const TYPE_COLOURS = ACTIVITY_TYPES.map((t) => `type-${t}`);
export const SERIES = [1, 2, 3, 4, 5, 6, 7].map((n) => `series-${n}`);

/** Themes a pair is drawn in: all, unless a theme draws that element otherwise. */
export type PairThemes = readonly Theme[];
const ALL: PairThemes = THEMES;
/** In high contrast a note is black with white text (canvas.css): its paper and bands show only as outlines. */
const NOT_HIGH_CONTRAST: PairThemes = ['light', 'dark'];

/** Text: each foreground token, every background it is written on (WCAG 1.4.3/1.4.6), and in which themes. */
export const TEXT_ON: Readonly<Record<string, { on: readonly string[]; themes: PairThemes }>> = {
  text: { on: SURFACES, themes: ALL },
  'text-muted': { on: SURFACES, themes: ALL },
  accent: { on: SURFACES, themes: ALL },
  danger: { on: SURFACES, themes: ALL },
  ok: { on: SURFACES, themes: ALL },
  'accent-text': { on: ['accent'], themes: ALL },
  'danger-text': { on: ['danger'], themes: ALL },
  /** The label of a filled danger button (common/feature.css `.button--danger`). */
  surface: { on: ['danger'], themes: ALL },
  /** The "good" part of a health check's bar (common/health-results.css). */
  bg: { on: ['ok'], themes: ALL },
  'type-text': { on: TYPE_COLOURS, themes: ALL },
  /** A note's text: on its paper (the projector keeps papers in high contrast), and while it is edited. */
  'note-text': { on: [...PAPERS, 'note-editor'], themes: ALL },
  /** My dots on a note. */
  'note-vote': { on: PAPERS, themes: NOT_HIGH_CONTRAST },
  'note-vote-text': { on: ['note-vote'], themes: ALL },
  /** A theme's name on its band above the note. */
  'band-text': { on: BANDS, themes: NOT_HIGH_CONTRAST },
};

/** Graphics that carry meaning without words (WCAG 1.4.11, 3:1): the focus ring, progress fills, chart marks. */
export const GRAPHICS_ON: Readonly<Record<string, readonly string[]>> = {
  focus: [...SURFACES, 'focus-halo'],
  accent: SURFACES,
  ok: SURFACES,
  'text-muted': SURFACES,
  text: SURFACES,
  ...Object.fromEntries(SERIES.map((s) => [s, ['surface']])),
};

/**
 * Colours that only decorate: a border beside a text that carries the meaning, a shadow, the QR code's paper, a
 * theme's band as a swatch beside its name, the paper of a colour swatch named by its label.
 */
export const DECORATION: readonly string[] = [
  'border',
  'zone-border',
  'focus-halo',
  'shadow',
  'qr-light',
  'surface',
  'surface-2',
  'bg',
  ...BANDS,
  ...PAPERS,
];

/**
 * The printed summary (shared/theme/print-theme.ts; note papers from the note palette): each text colour and the
 * backgrounds it is printed on. One theme, ≥ 4.5:1.
 */
export const PRINT_TEXT_ON: Readonly<Record<string, readonly string[]>> = {
  text: ['paper', 'tint', 'briefTint', 'visionTint', 'votesTint', ...PAPERS],
  muted: ['paper', 'tint', 'briefTint', 'plot'],
  secondary: ['paper', 'briefTint'],
  strong: ['paper', 'zone'],
  accent: ['paper', 'briefTint'],
  heading: ['paper', 'briefTint', 'votesTint'],
  ok: ['paper', 'grantedTint'],
  danger: ['paper', 'refusedTint'],
  askedText: ['askedTint'],
  /** The rank in a theme's badge. */
  paper: BANDS,
};

/**
 * Print colours that carry no text: rules, tracks, the plot's frame, edges, a progress bar's fill (the words or the
 * percentage beside them carry the meaning).
 */
export const PRINT_DECORATION: readonly string[] = [
  'ok',
  'rule',
  'ruleLight',
  'ruleStrong',
  'barTrack',
  'visionBar',
  'swatchEdge',
  'zoneEdge',
  'baseline',
];
