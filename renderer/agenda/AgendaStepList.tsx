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
import { stepControlId, useAgendaUi } from './agenda-ui-store';
import { AgendaStepRow } from './AgendaStepRow';

const INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To move a step, press Space or Enter to pick it up, the up and down arrow keys to move it, Space or Enter to drop it, or Escape to cancel.',
};

/** The steps, sortable by mouse, touch and keyboard, with spoken announcements. */
export function AgendaStepList() {
  const steps = useWorkshop((w) => w.agenda.steps);
  const currentStepId = useWorkshop((w) => w.agenda.currentStepId);
  const focusTarget = useAgendaUi((s) => s.focusTarget);
  const justPickedUp = useRef(false);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    useAgendaUi.getState().focusSoon(null);
  }, [focusTarget, steps]);

  const titleOf = (id: unknown) => steps.find((s) => s.id === id)?.title ?? 'the step';
  const positionOf = (id: unknown) => steps.findIndex((s) => s.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      justPickedUp.current = true;
      return `Picked up ${titleOf(active.id)}, step ${positionOf(active.id)} of ${steps.length}.`;
    },
    onDragOver: ({ active, over }) => {
      // Right after the pick-up the step is over itself: keep "Picked up …" for the screen reader.
      const first = justPickedUp.current;
      justPickedUp.current = false;
      if (first && over?.id === active.id) return undefined;
      return over ? `${titleOf(active.id)} would move to position ${positionOf(over.id)} of ${steps.length}.` : `${titleOf(active.id)} is not over the list.`;
    },
    onDragEnd: ({ active, over }) =>
      over ? `${titleOf(active.id)} moved to position ${positionOf(over.id)} of ${steps.length}.` : `${titleOf(active.id)} was dropped where it was.`,
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled; it stays at position ${positionOf(active.id)}.`,
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
      accessibility={{ announcements, screenReaderInstructions: INSTRUCTIONS }}
    >
      <SortableContext items={steps.map((s) => s.id)} strategy={verticalListSortingStrategy}>
        <ol className="agenda-steps" aria-label="Agenda steps">
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
