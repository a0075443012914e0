import { useState } from 'react';
import { CANVAS_TEMPLATE_DEFINITIONS } from '../../shared/domain/canvas-templates';
import { CANVAS_TEMPLATES, type CanvasTemplate } from '../../shared/schema';
import { Modal } from '../app/Modal';
import { useWorkshop } from '../store/workshop-store';
import { applyTemplate } from './canvas-commands';

/** Chooses the canvas template; with notes on the canvas it asks first (the notes stay, the zones change). */
export function TemplateChooser() {
  const template = useWorkshop((w) => w.canvas.template);
  const noteCount = useWorkshop((w) => w.canvas.notes.length);
  const [pending, setPending] = useState<CanvasTemplate | null>(null);
  return (
    <>
      <label className="toolbar__field">
        <span>Template</span>
        <select
          value={template}
          onChange={(event) => {
            const next = event.target.value as CanvasTemplate;
            if (noteCount === 0) applyTemplate(next);
            else setPending(next);
          }}
        >
          {CANVAS_TEMPLATES.map((id) => (
            <option key={id} value={id}>
              {CANVAS_TEMPLATE_DEFINITIONS[id].label}
            </option>
          ))}
        </select>
      </label>
      <Modal title="Change the canvas template?" open={pending !== null} onClose={() => setPending(null)}>
        <p>
          The zones become those of “{pending ? CANVAS_TEMPLATE_DEFINITIONS[pending].label : ''}”. All {noteCount}{' '}
          {noteCount === 1 ? 'note stays' : 'notes stay'} where {noteCount === 1 ? 'it is' : 'they are'}, and each
          joins the zone it is over (or none). You can undo this.
        </p>
        <div className="modal__buttons">
          <button type="button" className="button" onClick={() => setPending(null)}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              if (pending) applyTemplate(pending);
              setPending(null);
            }}
          >
            Change template
          </button>
        </div>
      </Modal>
    </>
  );
}
