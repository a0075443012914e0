import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { useMemo, useRef, type MutableRefObject } from 'react';
import { excerpt, EXCERPT_LENGTH } from '../../shared/domain/text-units';
import { zoneOfRect } from '../../shared/domain/zone-of-point';
import { currentWorkshop } from '../store/workshop-store';
import { useCanvasUi } from './canvas-ui-store';

export const SCREEN_READER_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'Press Space or Enter to pick up the note, the arrow keys to move it, Space or Enter again to drop it, Escape to cancel. ' +
    'Without picking it up, the arrow keys move it a step (Shift for a bigger step) and F2 edits its text.',
};

const quote = (text: string) => `"${excerpt(text, EXCERPT_LENGTH.list) || 'empty'}"`;

/** The zone where the note would land after moving by a screen-space delta. */
function landingZone(noteId: string, delta: { x: number; y: number }): string {
  const w = currentWorkshop();
  const note = w.canvas.notes.find((n) => n.id === noteId);
  if (!note) return 'no zone';
  const zoom = useCanvasUi.getState().viewport.zoom;
  const zone = zoneOfRect(w.canvas.zones, { ...note, x: note.x + delta.x / zoom, y: note.y + delta.y / zoom });
  return zone ? `zone ${zone.title}` : 'no zone';
}

const noteText = (id: string) => quote(currentWorkshop().canvas.notes.find((n) => n.id === id)?.text ?? '');

/**
 * dnd-kit's screen-reader announcements, naming the note and the zone it is over or lands in. `delta` is
 * the live drag offset the board keeps in a ref (never in a store).
 */
export function useDragAnnouncements(delta: MutableRefObject<{ x: number; y: number }>): Announcements {
  const lastZone = useRef('');
  return useMemo<Announcements>(() => {
    const others = (id: string) => {
      const n = useCanvasUi.getState().draggingIds.size - 1;
      return n > 0 && useCanvasUi.getState().draggingIds.has(id) ? ` with ${n} other ${n === 1 ? 'note' : 'notes'}` : '';
    };
    return {
      onDragStart({ active }) {
        lastZone.current = landingZone(String(active.id), { x: 0, y: 0 });
        return `Picked up note ${noteText(String(active.id))}${others(String(active.id))}, in ${lastZone.current}.`;
      },
      onDragMove({ active }) {
        const zone = landingZone(String(active.id), delta.current);
        if (zone === lastZone.current) return undefined;
        lastZone.current = zone;
        return `Note ${noteText(String(active.id))} is over ${zone}.`;
      },
      onDragOver() {
        return undefined;
      },
      onDragEnd({ active }) {
        return `Dropped note ${noteText(String(active.id))} in ${landingZone(String(active.id), delta.current)}.`;
      },
      onDragCancel({ active }) {
        return `Move cancelled. Note ${noteText(String(active.id))} is back in ${landingZone(String(active.id), { x: 0, y: 0 })}.`;
      },
    };
  }, [delta]);
}
