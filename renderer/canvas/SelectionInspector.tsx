import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshop } from '../store/workshop-store';
import { editNoteText, setNoteAuthor, takeSelectedOutOfTheme } from './canvas-commands';
import { useCanvasUiStore } from './canvas-ui-store';
import { LIMITS } from '../../shared/schema/limits';

const OTHER = '__other__';
const NONE = '';

/** The selected note's text and author (a member, or free text), editable from the side panel. */
export function SelectionInspector() {
  const id = useCanvasUiStore((s) => (s.selectedIds.size === 1 ? [...s.selectedIds][0]! : null));
  const count = useCanvasUiStore((s) => s.selectedIds.size);
  const note = useWorkshop((w) => (id ? w.canvas.notes.find((n) => n.id === id) : undefined));
  const members = useWorkshop((w) => w.members);
  const hideAuthors = useWorkshop((w) => w.meta.hideAuthors);
  const textId = useId();
  const authorId = useId();
  const freeId = useId();
  const { t } = useTranslation();
  if (!note) {
    return (
      <section className="panel" aria-labelledby="selection-title">
        <h2 className="panel__title" id="selection-title">
          {t('canvas.selection.title')}
        </h2>
        {count > 1 ? (
          <>
            <p>{t('canvas.selection.several', { count })}</p>
            <button type="button" className="button" onClick={takeSelectedOutOfTheme}>
              {t('canvas.selection.takeOutAll')}
            </button>
          </>
        ) : (
          <p className="panel__hint">{t('canvas.selection.hint')}</p>
        )}
      </section>
    );
  }
  const authorChoice = note.authorMemberId ?? (note.author !== null ? OTHER : NONE);
  return (
    <section className="panel" aria-labelledby="selection-title">
      <h2 className="panel__title" id="selection-title">
        {t('canvas.selection.selectedNote')}
      </h2>
      <label htmlFor={textId}>{t('canvas.selection.text')}</label>
      <textarea
        id={textId}
        className="panel__textarea"
        value={note.text}
        maxLength={LIMITS.note.text}
        rows={3}
        onChange={(e) => editNoteText(note.id, e.target.value)}
      />
      <label htmlFor={authorId}>{hideAuthors ? t('canvas.selection.authorHidden') : t('canvas.selection.author')}</label>
      <select
        id={authorId}
        value={authorChoice}
        onChange={(event) => {
          const value = event.target.value;
          if (value === NONE) setNoteAuthor(note.id, null, null);
          else if (value === OTHER) setNoteAuthor(note.id, note.author ?? '', null);
          else setNoteAuthor(note.id, members.find((m) => m.id === value)?.name ?? null, value);
        }}
      >
        <option value={NONE}>{t('canvas.selection.anonymous')}</option>
        {members.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
        <option value={OTHER}>{t('canvas.selection.someoneElse')}</option>
      </select>
      {authorChoice === OTHER && (
        <>
          <label htmlFor={freeId}>{t('canvas.selection.authorName')}</label>
          <input
            id={freeId}
            value={note.author ?? ''}
            maxLength={LIMITS.note.author}
            onChange={(e) => setNoteAuthor(note.id, e.target.value, null)}
          />
        </>
      )}
      {note.themeId && (
        <button type="button" className="button" onClick={takeSelectedOutOfTheme}>
          {t('canvas.selection.takeOut')}
        </button>
      )}
    </section>
  );
}
