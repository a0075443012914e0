import { useId, useState } from 'react';
import { deleteColumn, moveColumn, renameColumn, setWipLimit, type CardsDestination } from '../../shared/domain/backlog-columns';
import type { BacklogColumn } from '../../shared/schema';
import { shortcutLabel } from '../actions/action';
import { Modal } from '../app/Modal';
import { useUiStore } from '../store/ui-store';
import { useWorkshop, useWorkshopStore } from '../store/workshop-store';
import { useBacklogUi } from './backlog-ui-store';

/** Rename, WIP limit, move left/right and delete a column. Each change applies at once (and undoes one by one). */
export function ColumnSettingsDialog() {
  const columnId = useBacklogUi((s) => s.columnSettingsId);
  const columns = useWorkshop((w) => w.backlog.columns);
  const close = () => useBacklogUi.getState().openColumnSettings(null);
  const column = columns.find((c) => c.id === columnId);
  return (
    <Modal title="Column settings" open={column !== undefined} onClose={close}>
      {column && <ColumnForm key={column.id} column={column} columns={columns} onDone={close} />}
    </Modal>
  );
}

const DELETE_CARDS = '__delete-the-cards__';

function ColumnForm(props: { column: BacklogColumn; columns: readonly BacklogColumn[]; onDone: () => void }) {
  const { column, columns } = props;
  const change = useWorkshopStore((s) => s.change);
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
    const target = others.find((c) => c.id === destination);
    change('Delete column', (draft) => void deleteColumn(draft, column.id, cards));
    const where = cardCount === 0 ? '' : cards.kind === 'delete' ? ` and its ${cardCount} cards` : `; its cards moved to “${target?.title}”`;
    useUiStore.getState().notify('info', `Deleted column “${column.title}”${where}. Undo with ${shortcutLabel('Mod+Z')}.`);
    props.onDone();
  };

  return (
    <div className="column-form">
      <div className="field">
        <label htmlFor={`${id}-title`}>Column title</label>
        <input
          id={`${id}-title`}
          value={title}
          maxLength={80}
          autoFocus
          onChange={(e) => {
            setTitle(e.target.value);
            if (e.target.value.trim())
              change('Rename column', (d) => renameColumn(d.backlog, column.id, e.target.value), { coalesceKey: `column-title-${column.id}` });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-wip`}>WIP limit</label>
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
            change('Set WIP limit', (d) => setWipLimit(d.backlog, column.id, n), { coalesceKey: `column-wip-${column.id}` });
          }}
        />
        <p className="field__hint" id={`${id}-wip-hint`}>
          Most cards this column should hold; leave empty for no limit.
        </p>
      </div>
      <div className="column-form__move" role="group" aria-label="Column position">
        <button type="button" className="button" disabled={index === 0} onClick={() => change('Move column', (d) => moveColumn(d.backlog, column.id, index - 1))}>
          ← Move left
        </button>
        <span>
          Position {index + 1} of {columns.length}
        </span>
        <button
          type="button"
          className="button"
          disabled={index === columns.length - 1}
          onClick={() => change('Move column', (d) => moveColumn(d.backlog, column.id, index + 1))}
        >
          Move right →
        </button>
      </div>
      <fieldset className="column-form__delete">
        <legend>Delete this column</legend>
        {columns.length <= 1 ? (
          <p className="field__hint">The board needs at least one column.</p>
        ) : (
          <>
            {cardCount > 0 && (
              <div className="field">
                <label htmlFor={`${id}-destination`}>Its {cardCount === 1 ? 'card goes' : `${cardCount} cards go`} to</label>
                <select id={`${id}-destination`} value={destination} onChange={(e) => setDestination(e.target.value)}>
                  {others.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.title}
                    </option>
                  ))}
                  <option value={DELETE_CARDS}>Nowhere: delete {cardCount === 1 ? 'it' : 'them'} too</option>
                </select>
              </div>
            )}
            <button type="button" className="button button--danger" onClick={remove}>
              Delete column
            </button>
          </>
        )}
      </fieldset>
      <div className="modal__buttons">
        <button type="button" className="button button--primary" onClick={props.onDone}>
          Done
        </button>
      </div>
    </div>
  );
}
