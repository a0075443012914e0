import { useDraggable } from '@dnd-kit/core';
import { memo, useEffect, useLayoutEffect, type MutableRefObject } from 'react';

/** dnd-kit's activator listeners of one note (pointer down, key down). */
export type DragListeners = ReturnType<typeof useDraggable>['listeners'];

/** The id DndContext gives its hidden "how to drag" instructions (aria-describedby of every note). */
export const DND_CONTEXT_ID = 'canvas-dnd-instructions';

/**
 * Registers one note with dnd-kit and renders nothing. `useDraggable` reads a context that changes at drag
 * start and end, re-rendering every caller: here that is this empty component, not the note's element, so a
 * drag start costs a hook call per note and no DOM work. The note's element and its activator listeners are
 * handed over through refs.
 */
export const DragBinder = memo(function DragBinder(props: {
  id: string;
  disabled: boolean;
  node: MutableRefObject<HTMLElement | null>;
  listeners: MutableRefObject<DragListeners>;
}) {
  const { setNodeRef, listeners } = useDraggable({ id: props.id, disabled: props.disabled });
  // A passive effect: it runs after the parent element's ref is attached.
  useEffect(() => {
    setNodeRef(props.node.current);
    return () => setNodeRef(null);
  }, [setNodeRef, props.node]);
  useLayoutEffect(() => {
    props.listeners.current = listeners;
  }, [listeners, props.listeners]);
  return null;
});
