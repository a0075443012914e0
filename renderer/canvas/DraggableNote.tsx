import { tr } from '../common/i18n';
import { flushSync } from 'react-dom';
import { memo, useCallback, useRef, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import type { Note, NoteColor } from '../../shared/schema';
import type { CanvasMode } from '../store/ui-store';
import { currentWorkshop } from '../store/workshop-store';
import { moveNotesBy, resizeNoteTo, unvote, voteFor } from './canvas-commands';
import { useCanvasUiStore } from './canvas-ui-store';
import { DND_CONTEXT_ID, DragBinder, type DragListeners } from './DragBinder';
import { wasJustDragged } from './drag-state';
import { linesFor, NoteBody, textToLayOut } from './NoteBody';
import { NoteEditor } from './NoteEditor';

export interface DraggableNoteProps {
  note: Note;
  zoneTitle: string | null;
  author: string | null;
  themeName: string | null;
  themeColor: NoteColor | null;
  totalDots: number | null;
  myDots: number;
  mode: CanvasMode;
}

/** Arrow-key steps, in canvas units. */
const STEP = 20;
const BIG_STEP = 100;

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** After an arrow-key move: says so when the note entered another zone. */
function announceZoneChange(id: string, before: string | null): void {
  const w = currentWorkshop();
  const moved = w.canvas.notes.find((n) => n.id === id);
  if (!moved || moved.zoneId === before) return;
  const zone = w.canvas.zones.find((z) => z.id === moved.zoneId);
  useCanvasUiStore.getState().announce(zone ? tr('canvas.note.nowInZone', { zone: zone.title }) : tr('canvas.note.nowInNoZone'));
}

export function noteLabel(
  text: string,
  zoneTitle: string | null,
  themeName: string | null,
  totalDots: number | null,
  faceDown = false,
): string {
  const parts: string[] = [
    faceDown
      ? tr('canvas.note.labelFaceDown')
      : text.trim()
        ? tr('canvas.note.label', { text: text.trim() })
        : tr('canvas.note.labelEmpty'),
  ];
  if (themeName) parts.push(tr('canvas.note.labelTheme', { theme: themeName }));
  parts.push(zoneTitle ? tr('canvas.note.labelZone', { zone: zoneTitle }) : tr('canvas.note.labelOutside'));
  if (totalDots !== null) parts.push(tr('canvas.note.labelDots', { count: totalDots }));
  return parts.join(', ');
}

/**
 * The thin wrapper of a note: positions it and handles pointer and keyboard; an empty child registers it with
 * dnd-kit while it can be picked up (hovered, focused, dragged), and the memoized body does the drawing.
 */
export const DraggableNote = memo(function DraggableNote(props: DraggableNoteProps) {
  const { note, mode } = props;
  const id = note.id;
  const selected = useCanvasUiStore((s) => s.selectedIds.has(id));
  const editing = useCanvasUiStore((s) => s.editingId === id);
  const lifted = useCanvasUiStore((s) => s.draggingIds.has(id));
  const focused = useCanvasUiStore((s) => s.focusedNoteId === id);
  const armed = useCanvasUiStore((s) => s.hoveredNoteId === id) || focused || lifted;
  const node = useRef<HTMLDivElement | null>(null);
  const listeners = useRef<DragListeners>(undefined);

  const onPointerDown = useCallback(
    (event: PointerEvent<HTMLDivElement>) => {
      if (event.button !== 0) return;
      const ui = useCanvasUiStore.getState();
      if (event.shiftKey || event.ctrlKey || event.metaKey) ui.toggle(id);
      else if (!ui.selectedIds.has(id)) ui.select([id]);
      // Should a press come before React has rendered the hover (a fast pen or touch), register it now.
      if (!listeners.current && mode === 'edit') flushSync(() => ui.setHoveredNote(id));
      listeners.current?.onPointerDown?.(event);
    },
    [id, mode],
  );

  const onClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      if (wasJustDragged()) return;
      if (mode === 'voting') {
        voteFor({ kind: 'note', id });
        return;
      }
      if (!event.shiftKey && !event.ctrlKey && !event.metaKey) useCanvasUiStore.getState().select([id]);
    },
    [id, mode],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const ui = useCanvasUiStore.getState();
      if (event.target !== event.currentTarget || ui.draggingIds.size > 0) return;
      if (mode === 'voting') {
        if (event.key === 'Enter' || event.key === ' ') voteFor({ kind: 'note', id });
        else if (event.key === 'Backspace' || event.key === 'Delete') unvote({ kind: 'note', id });
        else return;
        event.preventDefault();
        return;
      }
      const arrow = ARROWS[event.key];
      // Alt+arrows resize the note (Shift: bigger steps).
      if (arrow && event.altKey && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        const step = event.shiftKey ? BIG_STEP : STEP;
        resizeNoteTo(id, note.width + arrow[0] * step, note.height + arrow[1] * step, { coalesce: true });
        return;
      }
      if (arrow && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        const step = event.shiftKey ? BIG_STEP : STEP;
        const ids = ui.selectedIds.has(id) ? [...ui.selectedIds] : [id];
        moveNotesBy(ids, arrow[0] * step, arrow[1] * step, { coalesce: true });
        announceZoneChange(id, note.zoneId);
        return;
      }
      if (event.key === 'F2') {
        event.preventDefault();
        ui.select([id]);
        ui.setEditing(id);
        return;
      }
      if (event.key === 'Escape') {
        ui.select([]);
        return;
      }
      listeners.current?.onKeyDown?.(event);
    },
    [id, mode, note.zoneId, note.width, note.height],
  );

  const onFocus = useCallback(
    (event: FocusEvent<HTMLDivElement>) => {
      if (event.target !== event.currentTarget) return;
      const ui = useCanvasUiStore.getState();
      ui.setFocusedNote(id);
      if (note.zoneId) ui.setFocusedZone(note.zoneId);
      if (!ui.selectedIds.has(id) && event.currentTarget.matches(':focus-visible')) ui.select([id]);
    },
    [id, note.zoneId],
  );

  const stopEditing = useCallback(() => {
    useCanvasUiStore.getState().setEditing(null);
    document.getElementById(`note-${id}`)?.focus();
  }, [id]);

  const lines = linesFor(note.height, props.themeName !== null);
  const className = `note${selected ? ' note--selected' : ''}${lifted ? ' note--lifted' : ''}${editing ? ' note--editing' : ''}`;
  return (
    <div
      ref={node}
      id={`note-${id}`}
      className={className}
      style={{ left: note.x, top: note.y, width: note.width, height: note.height }}
      role="button"
      tabIndex={0}
      aria-roledescription={tr('canvas.note.roleDescription')}
      aria-describedby={DND_CONTEXT_ID}
      aria-pressed={selected}
      aria-label={noteLabel(note.text, props.zoneTitle, props.themeName, props.totalDots, note.faceDown)}
      data-note-id={id}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onFocus={onFocus}
      onBlur={(event) => {
        if (event.target === event.currentTarget && useCanvasUiStore.getState().focusedNoteId === id)
          useCanvasUiStore.getState().setFocusedNote(null);
      }}
      onPointerEnter={() => useCanvasUiStore.getState().setHoveredNote(id)}
      onPointerLeave={() => {
        if (useCanvasUiStore.getState().hoveredNoteId === id) useCanvasUiStore.getState().setHoveredNote(null);
      }}
      onDoubleClick={(event) => {
        if (mode !== 'edit' || note.faceDown) return;
        event.stopPropagation();
        useCanvasUiStore.getState().select([id]);
        useCanvasUiStore.getState().setEditing(id);
      }}
    >
      {armed && <DragBinder id={id} disabled={editing || mode === 'voting'} node={node} listeners={listeners} />}
      <NoteBody
        id={id}
        text={note.faceDown ? '' : selected || focused ? note.text : textToLayOut(note.text, lines, note.width)}
        faceDown={note.faceDown}
        color={note.color}
        author={props.author}
        themeName={props.themeName}
        themeColor={props.themeColor}
        totalDots={props.totalDots}
        myDots={props.myDots}
        lines={lines}
      />
      {selected && !editing && mode === 'edit' && <ResizeHandle id={id} width={note.width} height={note.height} />}
      {editing && <NoteEditor id={id} text={note.text} onDone={stopEditing} />}
    </div>
  );
});

/**
 * The corner that resizes a selected note (the keyboard: Alt+arrows). The live size is drawn on the note's own
 * element; the drop commits one "Resize note" step. A double-click fits the note's height to its text.
 */
function ResizeHandle(props: { id: string; width: number; height: number }) {
  const start = useRef<{ x: number; y: number; pointerId: number } | null>(null);
  const size = (event: PointerEvent<HTMLSpanElement>) => {
    const zoom = useCanvasUiStore.getState().viewport.zoom;
    const s = start.current!;
    return { width: props.width + (event.clientX - s.x) / zoom, height: props.height + (event.clientY - s.y) / zoom };
  };
  const element = () => document.getElementById(`note-${props.id}`);
  return (
    <span
      className="note__resize"
      aria-hidden="true"
      title={tr('canvas.note.resize')}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.stopPropagation();
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
        start.current = { x: event.clientX, y: event.clientY, pointerId: event.pointerId };
      }}
      onPointerMove={(event) => {
        if (!start.current || start.current.pointerId !== event.pointerId) return;
        const { width, height } = size(event);
        const el = element();
        if (el) {
          el.style.width = `${Math.max(80, width)}px`;
          el.style.height = `${Math.max(60, height)}px`;
        }
      }}
      onPointerUp={(event) => {
        if (!start.current || start.current.pointerId !== event.pointerId) return;
        const { width, height } = size(event);
        start.current = null;
        resizeNoteTo(props.id, width, height);
      }}
      onPointerCancel={() => {
        start.current = null;
        const el = element();
        if (el) {
          el.style.width = `${props.width}px`;
          el.style.height = `${props.height}px`;
        }
      }}
      onClick={(event) => event.stopPropagation()}
      onDoubleClick={(event) => {
        event.stopPropagation();
        const face = element()?.querySelector('.note-face');
        if (face)
          resizeNoteTo(props.id, props.width, Math.ceil(face.getBoundingClientRect().height / useCanvasUiStore.getState().viewport.zoom));
      }}
    />
  );
}
