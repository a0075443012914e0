import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CANVAS_TEMPLATES, type CanvasTemplate } from '../../shared/schema';
import { Modal } from '../common/Modal';
import { useWorkshop } from '../store/workshop-store';
import { applyTemplate } from './canvas-commands';

/** Chooses the canvas template; with notes on the canvas it asks first (the notes stay, the zones change). */
export function TemplateChooser() {
  const template = useWorkshop((w) => w.canvas.template);
  const noteCount = useWorkshop((w) => w.canvas.notes.length);
  const [pending, setPending] = useState<CanvasTemplate | null>(null);
  const { t } = useTranslation();
  return (
    <>
      <label className="toolbar__field">
        <span>{t('canvas.toolbar.template')}</span>
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
              {t(`templates.canvasLabel.${id}`)}
            </option>
          ))}
        </select>
      </label>
      <Modal title={t('canvas.template.confirmTitle')} open={pending !== null} onClose={() => setPending(null)}>
        <p>{t('canvas.template.confirm', { count: noteCount, template: pending ? t(`templates.canvasLabel.${pending}`) : '' })}</p>
        <div className="modal__buttons">
          <button type="button" className="button" onClick={() => setPending(null)}>
            {t('canvas.template.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              if (pending) applyTemplate(pending);
              setPending(null);
            }}
          >
            {t('canvas.template.change')}
          </button>
        </div>
      </Modal>
    </>
  );
}
