import { useState, type FormEvent } from 'react';
import type { CanvasSource } from '../../shared/domain/canvas-links';
import { Modal } from '../app/Modal';
import { useRestoreFocus } from '../common/restore-focus';
import { useWorkshop } from '../store/workshop-store';

/** "New goal from canvas theme…": pick a theme (or a note) of the canvas; it becomes a goal linked back to it. */
export function FromCanvasDialog(props: { onSubmit: (source: CanvasSource) => void; onClose: () => void }) {
  useRestoreFocus();
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
    <Modal title="New goal from the canvas" open onClose={props.onClose}>
      {themes.length === 0 && notes.length === 0 ? (
        <>
          <p>The canvas has no themes or notes yet. Brainstorm and cluster on the canvas first.</p>
          <div className="modal__buttons">
            <button type="button" className="button" onClick={props.onClose}>
              Close
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={submit}>
          <div className="from-canvas__lists">
            {themes.length > 0 && (
              <fieldset className="checkbox-list">
                <legend>Themes</legend>
                {themes.map((t) =>
                  option(`theme:${t.id}`, t.name, `— ${notesOf(t.id)} ${notesOf(t.id) === 1 ? 'note' : 'notes'}${already.has(`theme:${t.id}`) ? ', already a goal' : ''}`),
                )}
              </fieldset>
            )}
            {notes.length > 0 && (
              <fieldset className="checkbox-list">
                <legend>Notes</legend>
                {notes.map((n) =>
                  option(`note:${n.id}`, n.text.split('\n')[0]?.slice(0, 80) || '(empty note)', already.has(`note:${n.id}`) ? '— already a goal' : ''),
                )}
              </fieldset>
            )}
          </div>
          <div className="modal__buttons">
            <button type="submit" className="button button--primary" disabled={!picked}>
              Make this a goal
            </button>
            <button type="button" className="button" onClick={props.onClose}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
