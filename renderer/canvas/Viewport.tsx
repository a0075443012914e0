import { tr } from '../common/i18n';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { notesIn } from '../../shared/domain/canvas-notes';
import { NOTE_HEIGHT, NOTE_WIDTH } from '../../shared/domain/canvas-notes';
import { useUiStore } from '../store/ui-store';
import { currentWorkshop } from '../store/workshop-store';
import { addNoteAt } from './canvas-commands';
import { useCanvasUiStore } from './canvas-ui-store';
import { screenToWorld, worldRectBetween, zoomAround, type Viewport as ViewportState } from './viewport-math';

/** Elements that are not "the background": a drag or double-click there is theirs. */
const NOT_BACKGROUND = '.note, button, input, textarea, select, a, .zone__header';

type Gesture =
  | { kind: 'pan'; pointerId: number; startX: number; startY: number; viewX: number; viewY: number; moved: boolean }
  | { kind: 'band'; pointerId: number; start: { x: number; y: number }; end: { x: number; y: number } };

/**
 * The zoomable, pannable surface. Wheel (or trackpad pinch) zooms around the pointer, two fingers pinch-zoom;
 * dragging the background pans; Shift+drag draws a selection rectangle; a double-click adds a note there. The world is scaled with a
 * CSS transform that is not promoted to a layer, so text is re-rasterised sharp at every zoom.
 */
export function Viewport(props: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const viewport = useCanvasUiStore((s) => s.viewport);
  const [gesture, setGesture] = useState<Gesture | null>(null);
  // Two fingers on the background pinch-zoom (around their middle) and pan.
  const touches = useRef(new Map<number, { x: number; y: number }>());
  const pinch = useRef<{ distance: number; middle: { x: number; y: number }; view: ViewportState } | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) useCanvasUiStore.getState().setSize({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(element);
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const rect = element.getBoundingClientRect();
      const ui = useCanvasUiStore.getState();
      const pixels = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
      const factor = Math.exp(-pixels * (event.ctrlKey ? 0.01 : 0.0015));
      ui.setViewport(zoomAround(ui.viewport, ui.viewport.zoom * factor, event.clientX - rect.left, event.clientY - rect.top));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      observer.disconnect();
      element.removeEventListener('wheel', onWheel);
    };
  }, []);

  const local = (event: { clientX: number; clientY: number }) => {
    const rect = ref.current!.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };

  return (
    <div
      ref={ref}
      role="region"
      aria-label={tr('canvas.board')}
      className={`board${gesture?.kind === 'pan' && gesture.moved ? ' board--panning' : ''}`}
      onPointerDown={(event) => {
        if (event.button !== 0 && event.button !== 1) return;
        if ((event.target as Element).closest(NOT_BACKGROUND)) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        const p = local(event);
        if (event.pointerType === 'touch') {
          touches.current.set(event.pointerId, p);
          if (touches.current.size === 2) {
            const [a, b] = [...touches.current.values()] as [{ x: number; y: number }, { x: number; y: number }];
            pinch.current = {
              distance: Math.max(1, Math.hypot(a.x - b.x, a.y - b.y)),
              middle: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
              view: useCanvasUiStore.getState().viewport,
            };
            setGesture(null);
            return;
          }
        }
        if (event.shiftKey && event.button === 0) setGesture({ kind: 'band', pointerId: event.pointerId, start: p, end: p });
        else {
          const v = useCanvasUiStore.getState().viewport;
          setGesture({ kind: 'pan', pointerId: event.pointerId, startX: p.x, startY: p.y, viewX: v.x, viewY: v.y, moved: false });
        }
      }}
      onPointerMove={(event) => {
        if (pinch.current && touches.current.has(event.pointerId)) {
          touches.current.set(event.pointerId, local(event));
          const [a, b] = [...touches.current.values()] as [{ x: number; y: number }, { x: number; y: number }];
          const start = pinch.current;
          const middle = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
          const zoomed = zoomAround(
            start.view,
            (start.view.zoom * Math.hypot(a.x - b.x, a.y - b.y)) / start.distance,
            start.middle.x,
            start.middle.y,
          );
          useCanvasUiStore
            .getState()
            .setViewport({ ...zoomed, x: zoomed.x + middle.x - start.middle.x, y: zoomed.y + middle.y - start.middle.y });
          return;
        }
        if (!gesture || gesture.pointerId !== event.pointerId) return;
        const p = local(event);
        if (gesture.kind === 'band') {
          setGesture({ ...gesture, end: p });
          return;
        }
        const dx = p.x - gesture.startX;
        const dy = p.y - gesture.startY;
        if (!gesture.moved && Math.hypot(dx, dy) < 4) return;
        if (!gesture.moved) setGesture({ ...gesture, moved: true });
        const ui = useCanvasUiStore.getState();
        ui.setViewport({ ...ui.viewport, x: gesture.viewX + dx, y: gesture.viewY + dy });
      }}
      onPointerUp={(event) => {
        touches.current.delete(event.pointerId);
        if (touches.current.size < 2) pinch.current = null;
        if (!gesture || gesture.pointerId !== event.pointerId) return;
        const ui = useCanvasUiStore.getState();
        if (gesture.kind === 'band') {
          const rect = worldRectBetween(ui.viewport, gesture.start, gesture.end);
          const hit = notesIn(currentWorkshop().canvas.notes, rect).map((n) => n.id);
          ui.select(event.ctrlKey || event.metaKey ? [...ui.selectedIds, ...hit] : hit);
          if (hit.length > 0) ui.announce(tr('canvas.selection.banded', { count: hit.length }));
        } else if (!gesture.moved) {
          ui.select([]);
        }
        setGesture(null);
      }}
      onPointerCancel={(event) => {
        touches.current.delete(event.pointerId);
        if (touches.current.size < 2) pinch.current = null;
        setGesture(null);
      }}
      onDoubleClick={(event) => {
        if ((event.target as Element).closest(NOT_BACKGROUND)) return;
        if (useUiStore.getState().canvasMode !== 'edit') return;
        const p = local(event);
        const world = screenToWorld(useCanvasUiStore.getState().viewport, p.x, p.y);
        addNoteAt(world.x - NOTE_WIDTH / 2, world.y - NOTE_HEIGHT / 2);
      }}
    >
      <div className="board__world" style={{ transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})` }}>
        {props.children}
      </div>
      {gesture?.kind === 'band' && (
        <div
          className="board__band"
          aria-hidden="true"
          style={{
            left: Math.min(gesture.start.x, gesture.end.x),
            top: Math.min(gesture.start.y, gesture.end.y),
            width: Math.abs(gesture.end.x - gesture.start.x),
            height: Math.abs(gesture.end.y - gesture.start.y),
          }}
        />
      )}
    </div>
  );
}
