import type { NoteColor } from '../schema';

/**
 * THE note palette: the paper colours of sticky notes (light and dark themes), their darker companions (theme
 * bands, outlines and labels on white), the text on notes and what is drawn on a note or a band. The app's CSS
 * variables (`--note-<colour>`, `--band-<colour>`, `--note-text`, `--band-text`, `--note-vote`, `--note-vote-text`,
 * `--note-editor`) are generated from it at build time (`notePaletteCss`, the
 * `virtual:note-palette.css` module of electron.vite.config.ts); the printed summary and JSON Canvas files use the
 * same values. tests/unit/facilitation/theme-contrast.test.ts checks the text on every paper and every band on white.
 */
export const NOTE_PALETTE = {
  paper: {
    light: { yellow: '#fff3a3', orange: '#ffd3a6', pink: '#ffc8dc', purple: '#e0d0ff', blue: '#c6e2ff', green: '#c9f0c4', grey: '#e3e6ea' },
    dark: { yellow: '#f3e48a', orange: '#f5c08d', pink: '#f3b3cb', purple: '#cdb9f5', blue: '#afd1f5', green: '#b5e2ae', grey: '#d2d6dc' },
  },
  band: { yellow: '#7a6100', orange: '#9a4700', pink: '#a3134f', purple: '#5b34a8', blue: '#0d4f99', green: '#1e6622', grey: '#4a525c' },
  text: '#1b1f24',
  /** Colours drawn on a note or a band, the same in every theme (a note is paper-coloured in every theme). */
  on: {
    /** Text on a band: a theme's name above its notes, a theme's rank in the printed canvas. */
    band: '#ffffff',
    /** The dot vote on a note: my dots on the paper, and the badge of the total behind `voteText`. */
    vote: '#9a1418',
    voteText: '#ffffff',
    /** The paper of the note being edited. */
    editor: '#ffffff',
  },
} as const satisfies {
  paper: Record<'light' | 'dark', Record<NoteColor, string>>;
  band: Record<NoteColor, string>;
  text: string;
  on: Record<'band' | 'vote' | 'voteText' | 'editor', string>;
};

/** The CSS variables of the palette, for the app (light by default; dark papers in the dark theme). */
export function notePaletteCss(): string {
  const vars = (entries: Record<string, string>, prefix = '') =>
    Object.entries(entries)
      .map(([name, hex]) => `  --${prefix}${name}: ${hex};`)
      .join('\n');
  const { on } = NOTE_PALETTE;
  const onVars = { 'band-text': on.band, 'note-vote': on.vote, 'note-vote-text': on.voteText, 'note-editor': on.editor };
  return [
    '/* Generated from shared/theme/note-palette.ts: edit the palette there. */',
    `:root {\n${vars(NOTE_PALETTE.paper.light, 'note-')}\n  --note-text: ${NOTE_PALETTE.text};\n${vars(NOTE_PALETTE.band, 'band-')}\n${vars(onVars)}\n}`,
    `:root[data-theme='dark'] {\n${vars(NOTE_PALETTE.paper.dark, 'note-')}\n}`,
    '',
  ].join('\n');
}
