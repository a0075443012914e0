import { useMemo } from 'react';
import { useWorkshop } from '../store/workshop-store';
import { useCanvasUiStore } from './canvas-ui-store';
import { linesFor, NoteFace, textToLayOut } from './NoteBody';

/**
 * What follows the pointer during a drag (inside dnd-kit's DragOverlay, outside the zoomed world): a
 * presentational clone of the dragged note and of the other selected notes, at their places relative to it.
 */
export function DragPreview(props: { activeId: string }) {
  const ids = useCanvasUiStore((s) => s.draggingIds);
  const zoom = useCanvasUiStore((s) => s.viewport.zoom);
  const notes = useWorkshop((w) => w.canvas.notes);
  const themes = useWorkshop((w) => w.canvas.themes);
  const lifted = useMemo(() => notes.filter((n) => ids.has(n.id)), [notes, ids]);
  const anchor = lifted.find((n) => n.id === props.activeId);
  if (!anchor) return null;
  return (
    <div className="drag-preview">
      {lifted.map((note) => {
        const theme = themes.find((t) => t.id === note.themeId);
        return (
          <div
            key={note.id}
            className="drag-preview__note"
            style={{
              left: (note.x - anchor.x) * zoom,
              top: (note.y - anchor.y) * zoom,
              width: note.width,
              height: note.height,
              transform: `scale(${zoom})`,
            }}
          >
            <NoteFace
              text={note.faceDown ? '' : textToLayOut(note.text, linesFor(note.height, theme !== undefined), note.width)}
              lines={linesFor(note.height, theme !== undefined)}
              faceDown={note.faceDown}
              color={note.color}
              author={null}
              themeName={theme?.name ?? null}
              themeColor={theme?.color ?? null}
              totalDots={null}
              myDots={0}
            />
          </div>
        );
      })}
    </div>
  );
}
