import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useId } from 'react';
import { isOverWipLimit } from '../../shared/domain/backlog-columns';
import type { Activity, BacklogColumn } from '../../shared/schema';
import { SortableActivityCard } from './ActivityCard';
import { useBacklogUi } from './backlog-ui-store';
import { goalsText, ownerName, sourceLabel, type BoardLookups } from './card-facts';

interface Props {
  column: BacklogColumn;
  /** The cards shown, in order (the filtered cards, or the live order during a drag). */
  ids: readonly string[];
  activities: ReadonlyMap<string, Activity>;
  lookups: BoardLookups;
  filtering: boolean;
}

const countText = (n: number) => `${n} ${n === 1 ? 'activity' : 'activities'}`;

export const BacklogColumnView = memo(function BacklogColumnView({ column, ids, activities, lookups, filtering }: Props) {
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: column.id });
  const total = column.activityIds.length;
  const over = isOverWipLimit(column);
  const openEditor = useBacklogUi((s) => s.openEditor);
  const openSettings = useBacklogUi((s) => s.openColumnSettings);
  return (
    <section className={over ? 'column column--over-wip' : 'column'} aria-labelledby={headingId}>
      <header className="column__header">
        <h2 id={headingId} className="column__title">
          {column.title}
        </h2>
        <span className="column__count">
          <span aria-hidden="true">{filtering ? `${ids.length} / ${total}` : total}</span>
          <span className="visually-hidden">{filtering ? `${ids.length} of ${countText(total)} shown` : countText(total)}</span>
        </span>
        <button
          type="button"
          className="button button--quiet column__settings"
          aria-label={`Settings of column ${column.title}`}
          title={`Rename, limit, move or delete “${column.title}”`}
          onClick={() => openSettings(column.id)}
        >
          ⋯
        </button>
      </header>
      {column.wipLimit !== null && (
        <p className={over ? 'column__wip column__wip--over' : 'column__wip'}>
          {over ? `Over the WIP limit: ${total} of ${column.wipLimit}` : `WIP limit ${column.wipLimit}`}
        </p>
      )}
      {ids.length === 0 && <p className="column__empty">{filtering && total > 0 ? 'No card matches the filters.' : 'No activities yet.'}</p>}
      <SortableContext id={column.id} items={ids as string[]} strategy={verticalListSortingStrategy}>
        <ul ref={setNodeRef} className={isOver ? 'column__cards column__cards--over' : 'column__cards'} aria-labelledby={headingId}>
          {ids.map((id) => {
            const activity = activities.get(id);
            if (!activity) return null;
            return (
              <SortableActivityCard
                key={id}
                activity={activity}
                ownerName={ownerName(activity, lookups)}
                goalsText={goalsText(activity, lookups)}
                sourceLabel={sourceLabel(activity, lookups)}
              />
            );
          })}
        </ul>
      </SortableContext>
      <button
        type="button"
        className="button column__add"
        aria-label={`Add activity to ${column.title}`}
        onClick={() => openEditor({ mode: 'create', columnId: column.id })}
      >
        + Add activity
      </button>
    </section>
  );
});
