import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardsDestination } from '../../shared/domain/backlog-columns';
import type { BacklogColumn } from '../../shared/schema';
import { Modal } from '../common/Modal';
import { useWorkshop } from '../store/workshop-store';
import { deleteColumnWithNotice, moveColumnTo, renameColumnTo, setColumnWipLimit } from './backlog-commands';
import { useBacklogUiStore } from './backlog-ui-store';
import { LIMITS } from '../../shared/schema/limits';

/** Rename, WIP limit, move left/right and delete a column. Each change applies at once (and undoes one by one). */
export function ColumnSettingsDialog() {
  const { t } = useTranslation();
  const columnId = useBacklogUiStore((s) => s.columnSettingsId);
  const columns = useWorkshop((w) => w.backlog.columns);
  const close = () => useBacklogUiStore.getState().openColumnSettings(null);
  const column = columns.find((c) => c.id === columnId);
  return (
    <Modal title={t('backlog.columnSettings.title')} open={column !== undefined} onClose={close}>
      {column && <ColumnForm key={column.id} column={column} columns={columns} onDone={close} />}
    </Modal>
  );
}

const DELETE_CARDS = '__delete-the-cards__';

function ColumnForm(props: { column: BacklogColumn; columns: readonly BacklogColumn[]; onDone: () => void }) {
  const { column, columns } = props;
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(column.title);
  const [wip, setWip] = useState(column.wipLimit?.toString() ?? '');
  const others = columns.filter((c) => c.id !== column.id);
  const [destination, setDestination] = useState(others[0]?.id ?? DELETE_CARDS);
  const index = columns.findIndex((c) => c.id === column.id);
  const cardCount = column.activityIds.length;

  const remove = () => {
    const cards: CardsDestination =
      cardCount === 0 || destination === DELETE_CARDS ? { kind: 'delete' } : { kind: 'column', columnId: destination };
    deleteColumnWithNotice(column.id, cards);
    props.onDone();
  };

  return (
    <div className="column-form">
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('backlog.columnSettings.columnTitle')}</label>
        <input
          id={`${id}-title`}
          value={title}
          maxLength={LIMITS.column.title}
          autoFocus
          onChange={(e) => {
            setTitle(e.target.value);
            if (e.target.value.trim()) renameColumnTo(column.id, e.target.value);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-wip`}>{t('backlog.columnSettings.wipLimit')}</label>
        <input
          id={`${id}-wip`}
          type="number"
          min={1}
          max={1000}
          step={1}
          value={wip}
          aria-describedby={`${id}-wip-hint`}
          onChange={(e) => {
            setWip(e.target.value);
            const n = e.target.value.trim() === '' ? null : Number(e.target.value);
            setColumnWipLimit(column.id, n);
          }}
        />
        <p className="field__hint" id={`${id}-wip-hint`}>
          {t('backlog.columnSettings.wipHint')}
        </p>
      </div>
      <div className="column-form__move" role="group" aria-label={t('backlog.columnSettings.position')}>
        <button type="button" className="button" disabled={index === 0} onClick={() => moveColumnTo(column.id, index - 1)}>
          {t('backlog.columnSettings.moveLeft')}
        </button>
        <span>{t('backlog.columnSettings.positionOf', { position: index + 1, count: columns.length })}</span>
        <button type="button" className="button" disabled={index === columns.length - 1} onClick={() => moveColumnTo(column.id, index + 1)}>
          {t('backlog.columnSettings.moveRight')}
        </button>
      </div>
      <fieldset className="column-form__delete">
        <legend>{t('backlog.columnSettings.deleteLegend')}</legend>
        {columns.length <= 1 ? (
          <p className="field__hint">{t('backlog.columnSettings.lastColumn')}</p>
        ) : (
          <>
            {cardCount > 0 && (
              <div className="field">
                <label htmlFor={`${id}-destination`}>{t('backlog.columnSettings.destination', { count: cardCount })}</label>
                <select id={`${id}-destination`} value={destination} onChange={(e) => setDestination(e.target.value)}>
                  {others.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.title}
                    </option>
                  ))}
                  <option value={DELETE_CARDS}>{t('backlog.columnSettings.nowhere', { count: cardCount })}</option>
                </select>
              </div>
            )}
            <button type="button" className="button button--danger" onClick={remove}>
              {t('backlog.columnSettings.delete')}
            </button>
          </>
        )}
      </fieldset>
      <div className="modal__buttons">
        <button type="button" className="button button--primary" onClick={props.onDone}>
          {t('backlog.columnSettings.done')}
        </button>
      </div>
    </div>
  );
}
