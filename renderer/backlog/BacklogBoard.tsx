import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dropPlace, moveAcrossColumns, type BoardItems } from '../../shared/domain/backlog-drag';
import { isFiltering, matchesFilter } from '../../shared/domain/backlog-filters';
import type { Activity } from '../../shared/schema';
import { tr } from '../common/i18n';
import { useWorkshop } from '../store/workshop-store';
import { ActivityCardPicture } from './ActivityCard';
import { BacklogColumnView } from './BacklogColumnView';
import { dropActivityIn } from './backlog-commands';
import { useBacklogUiStore } from './backlog-ui-store';
import { activityName } from './backlog-text';
import { boardLookups, goalsText, ownerName, sourceLabel } from './card-facts';
import { boardDnd } from './board-dnd';

const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space'] };

/** The board: columns of sortable cards, one drag-and-drop context across all columns. */
export function BacklogBoard() {
  const { t } = useTranslation();
  const columns = useWorkshop((w) => w.backlog.columns);
  const activityList = useWorkshop((w) => w.backlog.activities);
  const members = useWorkshop((w) => w.members);
  const goals = useWorkshop((w) => w.goals);
  const canvas = useWorkshop((w) => w.canvas);
  const filter = useBacklogUiStore((s) => s.filter);
  const filtering = isFiltering(filter);

  const activities = useMemo(() => new Map(activityList.map((a) => [a.id, a])), [activityList]);
  const lookups = useMemo(() => boardLookups({ members, goals, canvas }), [members, goals, canvas]);
  const visible = useMemo<BoardItems>(
    () =>
      Object.fromEntries(
        columns.map((c) => [c.id, filtering ? c.activityIds.filter((id) => matchesFilter(activities.get(id)!, filter)) : c.activityIds]),
      ),
    [columns, activities, filter, filtering],
  );

  /** The live order during a drag (null when not dragging); the ref is what handlers and announcements read. */
  const [dragItems, setDragItems] = useState<BoardItems | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const itemsRef = useRef<BoardItems>(visible);
  const startRef = useRef<BoardItems>(visible);
  const names = useRef({ activities, columns });
  names.current = { activities, columns };

  const keyboard = useMemo(() => boardDnd(() => ({ columnIds: names.current.columns.map((c) => c.id), items: itemsRef.current })), []);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboard.coordinateGetter, keyboardCodes: KEYBOARD_CODES }),
  );

  const announcements = useMemo<Announcements>(() => {
    const nameOf = (id: UniqueIdentifier) => {
      const activity = names.current.activities.get(String(id));
      return activity ? activityName(activity) : tr('backlog.drag.theCard');
    };
    const columnTitle = (columnId: string) => names.current.columns.find((c) => c.id === columnId)?.title ?? tr('backlog.drag.aColumn');
    const where = (items: BoardItems, id: UniqueIdentifier, overId: UniqueIdentifier | null) => {
      const place = dropPlace(items, String(id), overId === null ? null : String(overId));
      return place
        ? tr('backlog.drag.place', { column: columnTitle(place.columnId), position: place.index + 1, count: place.order.length })
        : tr('backlog.drag.theBoard');
    };
    // Said once per new place: moving over the card's own place again says nothing new.
    let lastPlace = '';
    return {
      onDragStart: ({ active }) => {
        lastPlace = where(startRef.current, active.id, null);
        return tr('backlog.drag.pickedUp', { name: nameOf(active.id), place: lastPlace });
      },
      onDragOver: ({ active, over }) => {
        const place = over ? where(itemsRef.current, active.id, over.id) : tr('backlog.drag.outside');
        if (place === lastPlace) return undefined;
        lastPlace = place;
        return over
          ? tr('backlog.drag.over', { name: nameOf(active.id), place })
          : tr('backlog.drag.noLongerOver', { name: nameOf(active.id) });
      },
      onDragEnd: ({ active, over }) =>
        over
          ? tr('backlog.drag.moved', { name: nameOf(active.id), place: where(itemsRef.current, active.id, over.id) })
          : tr('backlog.drag.droppedOutside', { name: nameOf(active.id), place: where(startRef.current, active.id, null) }),
      onDragCancel: ({ active }) =>
        tr('backlog.drag.cancelled', { name: nameOf(active.id), place: where(startRef.current, active.id, null) }),
    };
  }, []);

  const onDragStart = ({ active }: DragStartEvent) => {
    keyboard.reset();
    startRef.current = visible;
    itemsRef.current = visible;
    setDragItems(visible);
    setActiveId(String(active.id));
  };

  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over) return;
    const translated = active.rect.current.translated;
    const below = translated !== null && translated.top > over.rect.top + over.rect.height;
    const next = moveAcrossColumns(itemsRef.current, String(active.id), String(over.id), below);
    if (next === itemsRef.current) return;
    itemsRef.current = next;
    setDragItems(next);
    keyboard.settle(String(active.id));
  };

  const finish = () => {
    keyboard.reset();
    setDragItems(null);
    setActiveId(null);
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const id = String(active.id);
    const place = over ? dropPlace(itemsRef.current, id, String(over.id)) : null;
    if (place) dropActivityIn(id, place.columnId, place.order);
    finish();
  };

  const items = dragItems ?? visible;
  const active: Activity | undefined = activeId ? activities.get(activeId) : undefined;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={keyboard.collisionDetection}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('backlog.drag.instructions') } }}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={finish}
    >
      <div className="board">
        {columns.map((column) => (
          <BacklogColumnView
            key={column.id}
            column={column}
            ids={items[column.id] ?? []}
            activities={activities}
            lookups={lookups}
            filtering={filtering}
          />
        ))}
      </div>
      <DragOverlay>
        {active ? (
          <ActivityCardPicture
            activity={active}
            ownerName={ownerName(active, lookups)}
            goalsText={goalsText(active, lookups)}
            sourceLabel={sourceLabel(active, lookups)}
          />
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
