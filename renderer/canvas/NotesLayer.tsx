import { useMemo, useRef } from 'react';
import { notesIn } from '../../shared/domain/canvas-notes';
import { countVotes, votesFor } from '../../shared/domain/voting';
import type { Note } from '../../shared/schema';
import { useUiStore } from '../store/ui-store';
import { useWorkshop } from '../store/workshop-store';
import { useCanvasUiStore } from './canvas-ui-store';
import { DraggableNote } from './DraggableNote';
import { nextLayerGeneration, type LayerGeneration } from './note-waves';
import { cullRect } from './viewport-math';

/** Past this many notes, only those near the visible part of the board are rendered. */
export const CULL_THRESHOLD = 300;

function useCulledNotes(notes: readonly Note[]): readonly Note[] {
  const cull = notes.length > CULL_THRESHOLD;
  // A string key: the layer re-renders only when the (coarse) rendered area changes, not on every pan step.
  const key = useCanvasUiStore((s) => {
    if (!cull) return '';
    const r = cullRect(s.viewport, s.size);
    return `${r.x},${r.y},${r.width},${r.height}`;
  });
  const selected = useCanvasUiStore((s) => (cull ? s.selectedIds : null));
  return useMemo(() => {
    if (!key) return notes;
    const [x, y, width, height] = key.split(',').map(Number) as [number, number, number, number];
    const inView = new Set(notesIn(notes, { x, y, width, height }));
    // Selected notes stay rendered (the keyboard focus may be on one of them).
    return notes.filter((note) => inView.has(note) || selected?.has(note.id));
  }, [key, notes, selected]);
}

/**
 * The key of the layer's element: it changes (the layer is mounted afresh, in linear time) when a render adds
 * many notes and keeps few, as the fit after opening a large workshop does (see note-waves.ts).
 */
function useLayerKey(visible: readonly Note[]): number {
  const last = useRef<LayerGeneration>({ rendered: new Set(), generation: 0 });
  return useMemo(() => {
    const ui = useCanvasUiStore.getState();
    // Never under the keyboard focus, an open editor or a drag.
    const keepMounted = ui.focusedNoteId !== null || ui.editingId !== null || ui.draggingIds.size > 0;
    last.current = nextLayerGeneration(last.current, visible, CULL_THRESHOLD, keepMounted);
    return last.current.generation;
  }, [visible]);
}

/** Every note on the board, one component each. */
export function NotesLayer() {
  const notes = useWorkshop((w) => w.canvas.notes);
  const zones = useWorkshop((w) => w.canvas.zones);
  const themes = useWorkshop((w) => w.canvas.themes);
  const votes = useWorkshop((w) => w.canvas.votes);
  const revealed = useWorkshop((w) => w.canvas.voting.revealed);
  const hideAuthors = useWorkshop((w) => w.meta.hideAuthors);
  const mode = useUiStore((s) => s.canvasMode);
  const voterId = useCanvasUiStore((s) => s.voterId);
  const visible = useCulledNotes(notes);
  const layerKey = useLayerKey(visible);

  const zoneTitles = useMemo(() => new Map(zones.map((z) => [z.id, z.title])), [zones]);
  const themeById = useMemo(() => new Map(themes.map((t) => [t.id, t])), [themes]);
  const counts = useMemo(() => countVotes({ votes }), [votes]);
  const mine = useMemo(
    () => (mode === 'voting' && voterId ? countVotes({ votes: votes.filter((v) => v.participantId === voterId) }) : null),
    [mode, voterId, votes],
  );

  return (
    <div className="notes-layer" key={layerKey}>
      {visible.map((note) => {
        const theme = note.themeId ? themeById.get(note.themeId) : undefined;
        const target = { kind: 'note' as const, id: note.id };
        return (
          <DraggableNote
            key={note.id}
            note={note}
            mode={mode}
            zoneTitle={note.zoneId ? (zoneTitles.get(note.zoneId) ?? null) : null}
            author={hideAuthors ? null : note.author}
            themeName={theme?.name ?? null}
            themeColor={theme?.color ?? null}
            totalDots={revealed ? votesFor(counts, target) : null}
            myDots={mine ? votesFor(mine, target) : 0}
          />
        );
      })}
    </div>
  );
}
