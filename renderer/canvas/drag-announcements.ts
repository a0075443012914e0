import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { useMemo, useRef, type MutableRefObject } from 'react';
import { tr } from '../common/i18n';
import { excerpt, EXCERPT_LENGTH } from '../../shared/domain/text-units';
import { zoneOfRect } from '../../shared/domain/zone-of-point';
import { currentWorkshop } from '../store/workshop-store';
import { useCanvasUiStore } from './canvas-ui-store';

/** dnd-kit's instructions, read in the interface language when a note gets focus. */
export const screenReaderInstructions = (): ScreenReaderInstructions => ({ draggable: tr('canvas.drag.instructions') });

const quote = (text: string) => excerpt(text, EXCERPT_LENGTH.list) || tr('canvas.drag.empty');

/** The zone where the note would land after moving by a screen-space delta. */
function landingZone(noteId: string, delta: { x: number; y: number }): string {
  const w = currentWorkshop();
  const note = w.canvas.notes.find((n) => n.id === noteId);
  if (!note) return tr('canvas.drag.noZone');
  const zoom = useCanvasUiStore.getState().viewport.zoom;
  const zone = zoneOfRect(w.canvas.zones, { ...note, x: note.x + delta.x / zoom, y: note.y + delta.y / zoom });
  return zone ? tr('canvas.drag.inZone', { zone: zone.title }) : tr('canvas.drag.noZone');
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
      const n = useCanvasUiStore.getState().draggingIds.size - 1;
      return n > 0 && useCanvasUiStore.getState().draggingIds.has(id) ? tr('canvas.drag.others', { count: n }) : '';
    };
    return {
      onDragStart({ active }) {
        lastZone.current = landingZone(String(active.id), { x: 0, y: 0 });
        return tr('canvas.drag.start', { note: noteText(String(active.id)), others: others(String(active.id)), zone: lastZone.current });
      },
      onDragMove({ active }) {
        const zone = landingZone(String(active.id), delta.current);
        if (zone === lastZone.current) return undefined;
        lastZone.current = zone;
        return tr('canvas.drag.over', { note: noteText(String(active.id)), zone });
      },
      onDragOver() {
        return undefined;
      },
      onDragEnd({ active }) {
        return tr('canvas.drag.end', { note: noteText(String(active.id)), zone: landingZone(String(active.id), delta.current) });
      },
      onDragCancel({ active }) {
        return tr('canvas.drag.cancel', { note: noteText(String(active.id)), zone: landingZone(String(active.id), { x: 0, y: 0 }) });
      },
    };
  }, [delta]);
}
