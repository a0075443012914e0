import { tr } from '../common/i18n';
import { memo } from 'react';
import { truncateText } from '../../shared/domain/text-units';
import type { NoteColor } from '../../shared/schema';
import { countRender } from './render-counter';

/** What a sticky note shows. Only primitives, so that a moved note (new x/y) does not redraw its face. */
export interface NoteFaceProps {
  text: string;
  color: NoteColor;
  author: string | null;
  themeName: string | null;
  themeColor: NoteColor | null;
  /** Everyone's dots, or null while votes are hidden. */
  totalDots: number | null;
  /** The current voter's dots (shown while voting even when votes are hidden). */
  myDots: number;
  /** Lines of text the note's height holds: a longer text ends with an ellipsis (the whole text shows when selected or focused). */
  lines?: number;
  /** Room mode: written privately on a phone, text hidden until the facilitator reveals. */
  faceDown?: boolean;
}

/** How many lines of note text a note of this height shows (19 px × 1.25 a line, minus padding, theme band and footer). */
export function linesFor(height: number, banded: boolean): number {
  return Math.max(1, Math.floor((height - 16 - 20 - (banded ? 24 : 0)) / 23.75));
}

/**
 * Characters a line of a note of this width can hold, with room to spare: 5 px a character is narrower than any
 * glyph run of the note font at 19 px, so the clamp (not this cut) is what a reader sees end a note's text.
 */
const MIN_CHAR_WIDTH = 5;

/**
 * The part of a note's text worth laying out when the note shows `lines` lines: a note of 2,000 characters
 * clamped to five lines shows fewer than 200, and laying out the rest for 20,000 notes costs the renderer tens of
 * seconds at open. The whole text is laid out when the note is selected or focused (it grows to show it all), and
 * stays whole in the note's accessible name.
 */
export function textToLayOut(text: string, lines: number, width: number): string {
  // The budget of characters, plus one for the ellipsis; whole graphemes only (never half an emoji).
  return truncateText(text, lines * Math.max(8, Math.ceil(width / MIN_CHAR_WIDTH)) + 1);
}

/**
 * The face of a note, presentational: used on the board and in the drag preview. The note's accessible name
 * (on its wrapper) carries the text, theme, zone and dots; the theme band, author and dots are drawn from
 * `data-label` by CSS so that the visible text is the note's text alone, which its name contains (WCAG 2.5.3).
 */
export function NoteFace(props: NoteFaceProps) {
  const total = props.totalDots ?? 0;
  return (
    <div className={`note-face note-color--${props.color}${props.faceDown ? ' note-face--down' : ''}`} aria-hidden="true">
      {props.faceDown ? (
        <p className="note-face__down" data-label={tr('canvas.note.faceDown')} />
      ) : (
        <p className="note-face__text" style={props.lines ? { WebkitLineClamp: props.lines } : undefined}>
          {props.text || <span className="note-face__empty">{tr('canvas.note.empty')}</span>}
        </p>
      )}
      {props.themeName !== null && (
        <div className={`note-face__theme theme-color--${props.themeColor ?? 'grey'}`} data-label={props.themeName} />
      )}
      <div className="note-face__footer">
        {props.author && <span className="note-face__author" data-label={props.author} />}
        {(total > 0 || props.myDots > 0) && (
          <span className="note-face__dots">
            {props.myDots > 0 && <span className="note-face__mine" data-label={'●'.repeat(Math.min(props.myDots, 10))} />}
            {total > 0 && <span className="note-face__total" data-label={String(total)} />}
          </span>
        )}
      </div>
    </div>
  );
}

/** The memoized body of a note on the board: it re-renders only when what it shows changes. */
export const NoteBody = memo(function NoteBody(props: NoteFaceProps & { id: string }) {
  countRender(props.id);
  return <NoteFace {...props} />;
});
