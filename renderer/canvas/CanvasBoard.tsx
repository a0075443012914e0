import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { useWorkshop } from '../store/workshop-store';
import { moveNotesBy } from './canvas-commands';
import { useCanvasUiStore } from './canvas-ui-store';
import { screenReaderInstructions, useDragAnnouncements } from './drag-announcements';
import { markDragEnd } from './drag-state';
import { DragPreview } from './DragPreview';
import { DND_CONTEXT_ID } from './DragBinder';
import { NotesLayer } from './NotesLayer';
import { Viewport } from './Viewport';
import { fitToScreen } from './viewport-commands';
import { keyboardCoordinates, resetKeyboardCoordinates } from './keyboard-coordinates';
import { ZonesLayer } from './ZonesLayer';

/**
 * The board: dnd-kit's context around the zoomable world. The live drag offset stays in dnd-kit (and a ref for
 * the announcements); the drop commits one "Move note(s)" change, one undo step.
 */
export function CanvasBoard() {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboardCoordinates }),
  );
  const delta = useRef({ x: 0, y: 0 });
  const announcements = useDragAnnouncements(delta);
  const [activeId, setActiveId] = useState<string | null>(null);

  const onDragStart = useCallback(({ active }: DragStartEvent) => {
    const ui = useCanvasUiStore.getState();
    const id = String(active.id);
    const ids = ui.selectedIds.has(id) ? [...ui.selectedIds] : [id];
    if (!ui.selectedIds.has(id)) ui.select([id]);
    delta.current = { x: 0, y: 0 };
    resetKeyboardCoordinates();
    ui.setDragging(ids);
    setActiveId(id);
  }, []);

  const onDragMove = useCallback((event: DragMoveEvent) => {
    delta.current = event.delta;
  }, []);

  const onDragEnd = useCallback((event: DragEndEvent) => {
    const ui = useCanvasUiStore.getState();
    const zoom = ui.viewport.zoom;
    moveNotesBy([...ui.draggingIds], event.delta.x / zoom, event.delta.y / zoom);
    delta.current = { x: 0, y: 0 }; // the notes are at their new place: the announcement reads it from there
    ui.setDragging([]);
    setActiveId(null);
    markDragEnd();
  }, []);

  const onDragCancel = useCallback(() => {
    delta.current = { x: 0, y: 0 };
    useCanvasUiStore.getState().setDragging([]);
    setActiveId(null);
  }, []);

  // Fit the content when a workshop is opened or created, and when asked (template change).
  const workshopId = useWorkshop((w) => w.id);
  const fitRequest = useCanvasUiStore((s) => s.fitRequest);
  const measured = useCanvasUiStore((s) => s.size.width > 10);
  useEffect(() => {
    if (measured) fitToScreen();
  }, [workshopId, fitRequest, measured]);
  // Selection, editing and focus follow the document in the store layer (`followDocument`), not here.

  return (
    <DndContext
      id={DND_CONTEXT_ID}
      sensors={sensors}
      autoScroll={false}
      accessibility={{ announcements, screenReaderInstructions: screenReaderInstructions() }}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      <BoardContent />
      <DragOverlay dropAnimation={null} zIndex={40}>
        {activeId ? <DragPreview activeId={activeId} /> : null}
      </DragOverlay>
    </DndContext>
  );
}

/** The world's layers; its own component so that the board's drag state does not re-render it. */
function BoardContentInner() {
  return (
    <Viewport>
      <ZonesLayer />
      <NotesLayer />
    </Viewport>
  );
}
const BoardContent = memo(BoardContentInner);
