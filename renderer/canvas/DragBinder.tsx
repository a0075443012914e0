import { useDraggable } from '@dnd-kit/core';
import { memo, useEffect, useLayoutEffect, type MutableRefObject } from 'react';

/** dnd-kit's activator listeners of one note (pointer down, key down). */
export type DragListeners = ReturnType<typeof useDraggable>['listeners'];

/** The id DndContext gives its hidden "how to drag" instructions (aria-describedby of every note). */
export const DND_CONTEXT_ID = 'canvas-dnd-instructions';

/**
 * Registers one note with dnd-kit and renders nothing. `useDraggable` reads a context that changes at drag
 * start and end, re-rendering every caller; so only the notes that can be picked up right now — the one under
 * the pointer, the one with the keyboard focus, the ones being dragged — mount a binder, and a drag start or
 * drop costs the same with 20 notes or 2,000. The note's element and its activator listeners are handed over
 * through refs.
 */
export const DragBinder = memo(function DragBinder(props: {
  id: string;
  disabled: boolean;
  node: MutableRefObject<HTMLElement | null>;
  listeners: MutableRefObject<DragListeners>;
}) {
  const { setNodeRef, listeners } = useDraggable({ id: props.id, disabled: props.disabled });
  // …and when both mount together, only a passive effect runs after the element's ref is attached.
  useEffect(() => {
    setNodeRef(props.node.current);
    return () => setNodeRef(null);
  }, [setNodeRef, props.node]);
  useLayoutEffect(() => {
    // The note's element exists already when the binder mounts after it (hover, focus, pointer down)…
    if (props.node.current) setNodeRef(props.node.current);
    props.listeners.current = listeners;
  }, [listeners, props.listeners, props.node, setNodeRef]);
  useLayoutEffect(
    () => () => {
      props.listeners.current = undefined;
    },
    [props.listeners],
  );
  return null;
});
