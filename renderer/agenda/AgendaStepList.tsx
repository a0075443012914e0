import { tr } from '../common/i18n';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type ScreenReaderInstructions,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { restrictToVerticalAxis } from './restrict-to-vertical-axis';
import { useEffect, useRef } from 'react';
import { useWorkshop } from '../store/workshop-store';
import { moveStepTo } from './agenda-commands';
import { stepControlId, useAgendaUiStore } from './agenda-ui-store';
import { AgendaStepRow } from './AgendaStepRow';

const instructions = (): ScreenReaderInstructions => ({ draggable: tr('agenda.drag.instructions') });

/** The steps, sortable by mouse, touch and keyboard, with spoken announcements. */
export function AgendaStepList() {
  const steps = useWorkshop((w) => w.agenda.steps);
  const currentStepId = useWorkshop((w) => w.agenda.currentStepId);
  const focusTarget = useAgendaUiStore((s) => s.focusTarget);
  const justPickedUp = useRef(false);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    useAgendaUiStore.getState().focusSoon(null);
  }, [focusTarget, steps]);

  const titleOf = (id: unknown) => steps.find((s) => s.id === id)?.title ?? tr('agenda.drag.theStep');
  const positionOf = (id: unknown) => steps.findIndex((s) => s.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      justPickedUp.current = true;
      return tr('agenda.drag.start', { step: titleOf(active.id), position: positionOf(active.id), count: steps.length });
    },
    onDragOver: ({ active, over }) => {
      // Right after the pick-up the step is over itself: keep "Picked up …" for the screen reader.
      const first = justPickedUp.current;
      justPickedUp.current = false;
      if (first && over?.id === active.id) return undefined;
      return over
        ? tr('agenda.drag.over', { step: titleOf(active.id), position: positionOf(over.id), count: steps.length })
        : tr('agenda.drag.notOver', { step: titleOf(active.id) });
    },
    onDragEnd: ({ active, over }) =>
      over
        ? tr('agenda.drag.end', { step: titleOf(active.id), position: positionOf(over.id), count: steps.length })
        : tr('agenda.drag.endInPlace', { step: titleOf(active.id) }),
    onDragCancel: ({ active }) => tr('agenda.drag.cancel', { step: titleOf(active.id), position: positionOf(active.id) }),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const to = steps.findIndex((s) => s.id === over.id);
    moveStepTo(String(active.id), to);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={[restrictToVerticalAxis]}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: instructions() }}
    >
      <SortableContext items={steps.map((s) => s.id)} strategy={verticalListSortingStrategy}>
        <ol className="agenda-steps" aria-label={tr('agenda.steps')}>
          {steps.map((step, index) => {
            const neighbour = steps[index + 1] ?? steps[index - 1];
            return (
              <AgendaStepRow
                key={step.id}
                step={step}
                index={index}
                current={step.id === currentStepId}
                nextFocusId={neighbour ? stepControlId(neighbour.id, 'handle') : 'agenda-add-step'}
              />
            );
          })}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
