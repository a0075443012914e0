import { memo } from 'react';
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
}

/** The face of a note, presentational: used on the board and in the drag preview. */
export function NoteFace(props: NoteFaceProps) {
  return (
    <div className={`note-face note-color--${props.color}`} aria-hidden="true">
      {props.themeName !== null && (
        <div className={`note-face__theme theme-color--${props.themeColor ?? 'grey'}`}>{props.themeName}</div>
      )}
      <p className="note-face__text">{props.text || <span className="note-face__empty">Empty note</span>}</p>
      <div className="note-face__footer">
        {props.author && <span className="note-face__author">{props.author}</span>}
        {((props.totalDots ?? 0) > 0 || props.myDots > 0) && (
          <span className="note-face__dots">
            {props.myDots > 0 && <span className="note-face__mine">{'●'.repeat(Math.min(props.myDots, 10))}</span>}
            {(props.totalDots ?? 0) > 0 && <span className="note-face__total">{props.totalDots}</span>}
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
