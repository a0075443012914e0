import type { Note, Theme } from '../../shared/schema';
import { TEXT } from './projector-text';

/** A note as the room reads it: its whole text, the author, the theme; face down while it is private. */
export function NoteCard(props: { note: Note; theme?: Theme | null; author?: boolean; isNew?: boolean }) {
  const { note, theme } = props;
  const hidden = note.faceDown === true;
  if (hidden) {
    return (
      <article className="projector-note projector-note--face-down" aria-label={TEXT.hiddenNote}>
        <p className="projector-note__text">{TEXT.hiddenNote}</p>
      </article>
    );
  }
  return (
    <article className={`projector-note note-color--${note.color}${props.isNew ? ' projector-note--new' : ''}`}>
      <p className="projector-note__text">{note.text.trim() || TEXT.emptyNote}</p>
      {(theme || (props.author !== false && note.author)) && (
        <p className="projector-note__meta">
          {props.author !== false && note.author && <span>{note.author}</span>}
          {theme && <span className={`projector-note__theme theme-color--${theme.color}`}>{theme.name}</span>}
        </p>
      )}
      {props.isNew && <span className="projector-note__new">{TEXT.newNote}</span>}
    </article>
  );
}
