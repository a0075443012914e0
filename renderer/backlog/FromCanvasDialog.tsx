import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CanvasSource } from '../../shared/domain/canvas-links';
import { Modal } from '../common/Modal';
import { tr } from '../common/i18n';
import { useUiStore } from '../store/ui-store';
import { useWorkshop } from '../store/workshop-store';
import { activityFromCanvas } from './backlog-commands';
import { ColumnSelect } from './ColumnSelect';
import { useBacklogUiStore } from './backlog-ui-store';

/** "Add from canvas…": pick a canvas note or theme and turn it into a card, linked back to it. */
export function FromCanvasDialog() {
  const { t } = useTranslation();
  const open = useBacklogUiStore((s) => s.fromCanvasOpen);
  const close = () => useBacklogUiStore.getState().setFromCanvasOpen(false);
  return (
    <Modal title={t('backlog.fromCanvas.title')} open={open} onClose={close}>
      {open && <FromCanvasForm onDone={close} />}
    </Modal>
  );
}

const keyOf = (s: CanvasSource) => `${s.kind}:${s.id}`;
const firstLine = (text: string) => text.trim().split('\n')[0]?.trim() || tr('backlog.fromCanvas.untitledNote');

function FromCanvasForm(props: { onDone: () => void }) {
  const { t } = useTranslation();
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
        <p>{t('backlog.fromCanvas.empty')}</p>
        <div className="modal__buttons">
          <button type="button" className="button button--primary" onClick={props.onDone}>
            {t('backlog.fromCanvas.close')}
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
            {[detail, onBoard.has(keyOf(source)) ? t('backlog.fromCanvas.onBoard') : null].filter(Boolean).join(' · ')}
          </span>
        )}
      </span>
    </label>
  );

  const add = () => {
    if (!chosen) return;
    const newId = activityFromCanvas(chosen, columnId);
    props.onDone();
    if (newId) {
      useUiStore.getState().notify('info', t('backlog.fromCanvas.added'));
      useBacklogUiStore.getState().openEditor({ mode: 'edit', activityId: newId });
    }
  };

  return (
    <div className="from-canvas">
      <div className="from-canvas__list">
        {themes.length > 0 && (
          <fieldset>
            <legend>{t('backlog.fromCanvas.themes')}</legend>
            {themes.map((theme) =>
              option(
                { kind: 'theme', id: theme.id },
                theme.name,
                t('backlog.fromCanvas.noteCount', { count: notes.filter((n) => n.themeId === theme.id).length }),
              ),
            )}
          </fieldset>
        )}
        {notes.length > 0 && (
          <fieldset>
            <legend>{t('backlog.fromCanvas.notes')}</legend>
            {notes.map((n) => option({ kind: 'note', id: n.id }, firstLine(n.text), n.zoneId ? (zoneTitle.get(n.zoneId) ?? null) : null))}
          </fieldset>
        )}
      </div>
      <ColumnSelect id={`${id}-column`} label={t('backlog.fromCanvas.column')} columns={columns} value={columnId} onChange={setColumnId} />
      <div className="modal__buttons">
        <button type="button" className="button" onClick={props.onDone}>
          {t('backlog.fromCanvas.cancel')}
        </button>
        <button type="button" className="button button--primary" disabled={!chosen} onClick={add}>
          {t('backlog.fromCanvas.add')}
        </button>
      </div>
    </div>
  );
}
