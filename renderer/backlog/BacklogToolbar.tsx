import { useId } from 'react';
import { ACTIVITY_TYPE_OPTIONS } from '../../shared/domain/activity-types';
import { addColumn, MAX_COLUMNS } from '../../shared/domain/backlog-columns';
import { isFiltering, matchesFilter } from '../../shared/domain/backlog-filters';
import { ActivityTypeSchema } from '../../shared/schema';
import { useWorkshop, useWorkshopStore } from '../store/workshop-store';
import { newActivity } from './backlog-actions';
import { useBacklogUi } from './backlog-ui-store';

const NOBODY = '__nobody__';

/** New activity, add from canvas, add column; filters by type, owner and linked goal. */
export function BacklogToolbar() {
  const id = useId();
  const columns = useWorkshop((w) => w.backlog.columns);
  const activities = useWorkshop((w) => w.backlog.activities);
  const members = useWorkshop((w) => w.members);
  const goals = useWorkshop((w) => w.goals);
  const filter = useBacklogUi((s) => s.filter);
  const { setFilter, clearFilter, setFromCanvasOpen, openColumnSettings } = useBacklogUi.getState();
  const filtering = isFiltering(filter);
  const shown = filtering ? activities.filter((a) => matchesFilter(a, filter)).length : activities.length;

  const newColumn = () => {
    let columnId: string | null = null;
    useWorkshopStore.getState().change('Add column', (d) => void (columnId = addColumn(d.backlog, 'New column')));
    if (columnId) openColumnSettings(columnId);
  };

  return (
    <div className="backlog-toolbar">
      <div className="backlog-toolbar__actions" role="toolbar" aria-label="Backlog">
        <button type="button" className="button button--primary" aria-keyshortcuts="N" title="New activity (N)" onClick={newActivity}>
          New activity
        </button>
        <button type="button" className="button" onClick={() => setFromCanvasOpen(true)}>
          Add from canvas…
        </button>
        <button type="button" className="button" disabled={columns.length >= MAX_COLUMNS} onClick={newColumn}>
          Add column
        </button>
      </div>
      <div className="backlog-filters" role="group" aria-label="Filters">
        <label htmlFor={`${id}-type`}>Type</label>
        <select
          id={`${id}-type`}
          value={filter.type ?? ''}
          onChange={(e) => setFilter({ type: e.target.value ? ActivityTypeSchema.parse(e.target.value) : null })}
        >
          <option value="">All types</option>
          {ACTIVITY_TYPE_OPTIONS.map((o) => (
            <option key={o.type} value={o.type}>
              {o.label}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-owner`}>Owner</label>
        <select
          id={`${id}-owner`}
          value={filter.owner === null ? '' : (filter.owner.id ?? NOBODY)}
          onChange={(e) => setFilter({ owner: e.target.value === '' ? null : { id: e.target.value === NOBODY ? null : e.target.value } })}
        >
          <option value="">Anyone</option>
          <option value={NOBODY}>Nobody yet</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-goal`}>Goal</label>
        <select id={`${id}-goal`} value={filter.goalId ?? ''} onChange={(e) => setFilter({ goalId: e.target.value || null })}>
          <option value="">Any goal</option>
          {goals.map((g) => (
            <option key={g.id} value={g.id}>
              {g.title}
            </option>
          ))}
        </select>
        <button type="button" className="button" disabled={!filtering} onClick={clearFilter}>
          Clear filters
        </button>
        <span className="backlog-filters__count" role="status" aria-label="Activities shown">
          {filtering ? `Showing ${shown} of ${activities.length} activities` : `${activities.length} activities`}
        </span>
      </div>
      <p className="backlog-hint">
        Keyboard: focus a card, <kbd>Space</kbd> picks it up, arrows move it, <kbd>Space</kbd> drops it, <kbd>Esc</kbd> cancels; <kbd>Enter</kbd> opens it, <kbd>Delete</kbd> deletes it.
      </p>
    </div>
  );
}
