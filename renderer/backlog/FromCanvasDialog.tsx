import { useId, useState } from 'react';
import { addActivityFromCanvas, type CanvasSource } from '../../shared/domain/canvas-links';
import { Modal } from '../app/Modal';
import { useUiStore } from '../store/ui-store';
import { useWorkshop, useWorkshopStore } from '../store/workshop-store';
import { useBacklogUi } from './backlog-ui-store';

/** "Add from canvas…": pick a canvas note or theme and turn it into a card, linked back to it. */
export function FromCanvasDialog() {
  const open = useBacklogUi((s) => s.fromCanvasOpen);
  const close = () => useBacklogUi.getState().setFromCanvasOpen(false);
  return (
    <Modal title="Add from canvas" open={open} onClose={close}>
      {open && <FromCanvasForm onDone={close} />}
    </Modal>
  );
}

const keyOf = (s: CanvasSource) => `${s.kind}:${s.id}`;
const firstLine = (text: string) => text.trim().split('\n')[0]?.trim() || 'Untitled note';

function FromCanvasForm(props: { onDone: () => void }) {
  const notes = useWorkshop((w) => w.canvas.notes);
  const themes = useWorkshop((w) => w.canvas.themes);
  const zones = useWorkshop((w) => w.canvas.zones);
  const columns = useWorkshop((w) => w.backlog.columns);
  const activities = useWorkshop((w) => w.backlog.activities);
  const id = useId();
  const [chosen, setChosen] = useState<CanvasSource | null>(null);
  const [columnId, setColumnId] = useState(columns[0]!.id);
  const onBoard = new Set(activities.flatMap((a) => (a.source ? [keyOf(a.source)] : [])));
  const zoneTitle = new Map(zones.map((z) => [z.id, z.title]));

  if (notes.length === 0 && themes.length === 0) {
    return (
      <>
        <p>The canvas has no notes or themes yet. Add them in the Canvas view, then bring them here.</p>
        <div className="modal__buttons">
          <button type="button" className="button button--primary" onClick={props.onDone}>
            Close
          </button>
        </div>
      </>
    );
  }

  const option = (source: CanvasSource, label: string, detail: string | null) => (
    <label key={keyOf(source)} className="check from-canvas__option">
      <input
        type="radio"
        name={`${id}-source`}
        checked={chosen !== null && keyOf(chosen) === keyOf(source)}
        onChange={() => setChosen(source)}
      />
      <span>
        {label}
        {(detail || onBoard.has(keyOf(source))) && (
          <span className="from-canvas__detail">
            {[detail, onBoard.has(keyOf(source)) ? 'already on the board' : null].filter(Boolean).join(' · ')}
          </span>
        )}
      </span>
    </label>
  );

  const add = () => {
    if (!chosen) return;
    let newId: string | null = null;
    useWorkshopStore.getState().change('Add activity from canvas', (draft) => {
      newId = addActivityFromCanvas(draft, chosen, columnId);
    });
    props.onDone();
    if (newId) {
      useUiStore.getState().notify('info', 'Added to the backlog, linked to the canvas. Pick its type and details.');
      useBacklogUi.getState().openEditor({ mode: 'edit', activityId: newId });
    }
  };

  return (
    <div className="from-canvas">
      <div className="from-canvas__list">
        {themes.length > 0 && (
          <fieldset>
            <legend>Themes</legend>
            {themes.map((t) => option({ kind: 'theme', id: t.id }, t.name, `${notes.filter((n) => n.themeId === t.id).length} notes`))}
          </fieldset>
        )}
        {notes.length > 0 && (
          <fieldset>
            <legend>Notes</legend>
            {notes.map((n) => option({ kind: 'note', id: n.id }, firstLine(n.text), n.zoneId ? (zoneTitle.get(n.zoneId) ?? null) : null))}
          </fieldset>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-column`}>Into column</label>
        <select id={`${id}-column`} value={columnId} onChange={(e) => setColumnId(e.target.value)}>
          {columns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <div className="modal__buttons">
        <button type="button" className="button" onClick={props.onDone}>
          Cancel
        </button>
        <button type="button" className="button button--primary" disabled={!chosen} onClick={add}>
          Add to backlog
        </button>
      </div>
    </div>
  );
}
