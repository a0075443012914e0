import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isOverWipLimit } from '../../shared/domain/backlog-columns';
import type { Activity, BacklogColumn } from '../../shared/schema';
import { SortableActivityCard } from './ActivityCard';
import { useBacklogUiStore } from './backlog-ui-store';
import { goalsText, ownerName, sourceLabel, type BoardLookups } from './card-facts';

interface Props {
  column: BacklogColumn;
  /** The cards shown, in order (the filtered cards, or the live order during a drag). */
  ids: readonly string[];
  activities: ReadonlyMap<string, Activity>;
  lookups: BoardLookups;
  filtering: boolean;
}

export const BacklogColumnView = memo(function BacklogColumnView({ column, ids, activities, lookups, filtering }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: column.id });
  const total = column.activityIds.length;
  const over = isOverWipLimit(column);
  const openEditor = useBacklogUiStore((s) => s.openEditor);
  const openSettings = useBacklogUiStore((s) => s.openColumnSettings);
  return (
    <section className={over ? 'column column--over-wip' : 'column'} aria-labelledby={headingId}>
      <header className="column__header">
        <h2 id={headingId} className="column__title">
          {column.title}
        </h2>
        <span className="column__count">
          <span aria-hidden="true">{filtering ? `${ids.length} / ${total}` : total}</span>
          <span className="visually-hidden">
            {filtering ? t('backlog.column.shown', { shown: ids.length, count: total }) : t('backlog.column.count', { count: total })}
          </span>
        </span>
        <button
          type="button"
          className="button button--quiet column__settings"
          aria-label={t('backlog.column.settingsLabel', { title: column.title })}
          title={t('backlog.column.settingsTitle', { title: column.title })}
          onClick={() => openSettings(column.id)}
        >
          ⋯
        </button>
      </header>
      {column.wipLimit !== null && (
        <p className={over ? 'column__wip column__wip--over' : 'column__wip'}>
          {over
            ? t('backlog.column.overWipLimit', { total, limit: column.wipLimit })
            : t('backlog.column.wipLimit', { limit: column.wipLimit })}
        </p>
      )}
      {ids.length === 0 && (
        <p className="column__empty">{filtering && total > 0 ? t('backlog.column.noMatch') : t('backlog.column.empty')}</p>
      )}
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
        aria-label={t('backlog.column.addLabel', { title: column.title })}
        onClick={() => openEditor({ mode: 'create', columnId: column.id })}
      >
        {t('backlog.column.add')}
      </button>
    </section>
  );
});
