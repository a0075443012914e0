import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CanvasSource } from '../../shared/domain/canvas-links';
import { excerpt, EXCERPT_LENGTH } from '../../shared/domain/text-units';
import { Modal } from '../common/Modal';
import { useRestoreFocus } from '../common/restore-focus';
import { useWorkshop } from '../store/workshop-store';

/** "New goal from canvas theme…": pick a theme (or a note) of the canvas; it becomes a goal linked back to it. */
export function FromCanvasDialog(props: { onSubmit: (source: CanvasSource) => void; onClose: () => void }) {
  useRestoreFocus();
  const { t } = useTranslation();
  const themes = useWorkshop((w) => w.canvas.themes);
  const notes = useWorkshop((w) => w.canvas.notes);
  const goalSources = useWorkshop((w) => w.goals.map((g) => (g.source ? `${g.source.kind}:${g.source.id}` : '')).join('|'));
  const [picked, setPicked] = useState<string>(themes[0] ? `theme:${themes[0].id}` : notes[0] ? `note:${notes[0].id}` : '');
  const already = new Set(goalSources.split('|'));
  const notesOf = (themeId: string) => notes.filter((n) => n.themeId === themeId).length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const [kind, id] = picked.split(':') as ['note' | 'theme', string];
    if (id) props.onSubmit({ kind, id });
  };

  const option = (value: string, label: string, detail: string) => (
    <label key={value} className="from-canvas__option">
      <input type="radio" name="canvas-source" value={value} checked={picked === value} onChange={() => setPicked(value)} />
      <span>
        {label}
        <span className="muted"> {detail}</span>
      </span>
    </label>
  );

  return (
    <Modal title={t('goals.fromCanvas.title')} open onClose={props.onClose}>
      {themes.length === 0 && notes.length === 0 ? (
        <>
          <p>{t('goals.fromCanvas.nothing')}</p>
          <div className="modal__buttons">
            <button type="button" className="button" onClick={props.onClose}>
              {t('common.close')}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={submit}>
          <div className="from-canvas__lists">
            {themes.length > 0 && (
              <fieldset className="checkbox-list">
                <legend>{t('goals.fromCanvas.themes')}</legend>
                {themes.map((theme) =>
                  option(
                    `theme:${theme.id}`,
                    theme.name,
                    t(already.has(`theme:${theme.id}`) ? 'goals.fromCanvas.themeNotesAlready' : 'goals.fromCanvas.themeNotes', {
                      count: notesOf(theme.id),
                    }),
                  ),
                )}
              </fieldset>
            )}
            {notes.length > 0 && (
              <fieldset className="checkbox-list">
                <legend>{t('goals.fromCanvas.notes')}</legend>
                {notes.map((n) =>
                  option(
                    `note:${n.id}`,
                    excerpt(n.text, EXCERPT_LENGTH.list, { firstLine: true }) || t('goals.fromCanvas.emptyNote'),
                    already.has(`note:${n.id}`) ? t('goals.fromCanvas.noteAlready') : '',
                  ),
                )}
              </fieldset>
            )}
          </div>
          <div className="modal__buttons">
            <button type="submit" className="button button--primary" disabled={!picked}>
              {t('goals.fromCanvas.submit')}
            </button>
            <button type="button" className="button" onClick={props.onClose}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
