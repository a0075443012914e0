import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../shared/schema';
import { deleteActivityWithNotice } from './backlog-commands';
import { useBacklogUiStore } from './backlog-ui-store';
import { ActivityTypeIcon } from './ActivityTypeIcon';
import { activityName, formatEffort, formatPlannedDate, typeLabel } from './backlog-text';
import { countRender } from './render-counter';
import { RecurrenceFact } from '../community/public';

export interface CardFacts {
  activity: Activity;
  ownerName: string | null;
  goalsText: string;
  sourceLabel: string | null;
}

/** The card's name, shown: type badge and title. */
export const ActivityCardHeading = memo(function ActivityCardHeading(props: { activity: Activity }) {
  countRender('cardBodyRenders');
  useTranslation(); // drawn again in another language
  const { activity } = props;
  return (
    <>
      <span className={`activity-type activity-type--${activity.type}`}>
        <ActivityTypeIcon type={activity.type} />
        {typeLabel(activity.type)}
      </span>{' '}
      <span className="card__title">{activity.title}</span>
    </>
  );
});

/** The rest of what a card shows. Memoized: during a drag only the sortable wrapper re-renders. */
export const ActivityCardDetails = memo(function ActivityCardDetails(props: CardFacts & { id?: string }) {
  countRender('cardBodyRenders');
  const { t } = useTranslation();
  const { activity } = props;
  return (
    <span className="card__details" id={props.id}>
      {activity.description && <span className="card__description">{activity.description}</span>}
      <span className="card__meta">
        {props.ownerName && <span>{t('backlog.card.owner', { name: props.ownerName })}</span>}
        {activity.date && <span>{t('backlog.card.planned', { date: formatPlannedDate(activity.date) })}</span>}
        {activity.effortHours !== null && <span>{t('backlog.card.effort', { effort: formatEffort(activity.effortHours) })}</span>}
        <RecurrenceFact activity={activity} />
      </span>
      {props.goalsText && <span className="card__goals">{t('backlog.card.goals', { goals: props.goalsText })}</span>}
      {props.sourceLabel && <span className="card__source">{props.sourceLabel}</span>}
    </span>
  );
});

/** A card as it looks, without behaviour (the drag overlay). */
export function ActivityCardPicture(props: CardFacts) {
  return (
    <div className="card card--overlay">
      <span className="card__handle">
        <ActivityCardHeading activity={props.activity} />
      </span>
      <ActivityCardDetails {...props} />
    </div>
  );
}

/** Where the focus goes when a focused card is deleted: the next card, else the previous, else the column's add button. */
function focusAfterDelete(card: HTMLElement): HTMLElement | null {
  const slot = card.closest('li');
  const sibling = slot?.nextElementSibling ?? slot?.previousElementSibling;
  return (
    sibling?.querySelector<HTMLElement>('.card__handle') ?? card.closest('section')?.querySelector<HTMLElement>('.column__add') ?? null
  );
}

const openEditor = (activityId: string) => useBacklogUiStore.getState().openEditor({ mode: 'edit', activityId });

/**
 * A card on the board: a thin wrapper that owns the sortable hook (it re-renders whenever the drag context
 * changes) around memoized parts. The whole card can be dragged with the pointer and clicked to open; its heading
 * is the focusable button: Enter opens it, Space picks it up, Delete deletes it (undo with Ctrl+Z).
 */
export const SortableActivityCard = memo(function SortableActivityCard(props: CardFacts) {
  countRender('cardRenders');
  const { t } = useTranslation();
  const { activity } = props;
  const detailsId = useId();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging, active } = useSortable({
    id: activity.id,
  });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    listeners?.onKeyDown?.(event);
    if (event.defaultPrevented || active) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      openEditor(activity.id);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      const next = focusAfterDelete(event.currentTarget);
      deleteActivityWithNotice(activity.id);
      next?.focus();
    }
  };
  return (
    <li
      ref={setNodeRef}
      className={isDragging ? 'card-slot card-slot--placeholder' : 'card-slot'}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <div className="card" onPointerDown={(event) => listeners?.onPointerDown?.(event)} onClick={() => openEditor(activity.id)}>
        <div
          ref={setActivatorNodeRef}
          className="card__handle"
          {...attributes}
          aria-roledescription={t('backlog.card.roleDescription')}
          aria-label={activityName(activity)}
          aria-describedby={`${detailsId} ${attributes['aria-describedby']}`}
          onKeyDown={onKeyDown}
        >
          <ActivityCardHeading activity={activity} />
        </div>
        <ActivityCardDetails {...props} id={detailsId} />
      </div>
    </li>
  );
});
