import { create } from 'zustand';
import type { Size, Viewport } from './viewport-math';

/**
 * UI state of the canvas, kept out of the document (never saved, never undone): selection, the note being
 * edited, the zone last focused, the viewport, the notes being dragged and who is voting. The live drag
 * position is not here at all: dnd-kit's overlay carries it until the drop commits one change.
 */
interface CanvasUiState {
  selectedIds: ReadonlySet<string>;
  editingId: string | null;
  /** The zone that has (or last had) the keyboard focus, or that holds the focused note: where `N` adds. */
  focusedZoneId: string | null;
  viewport: Viewport;
  size: { width: number; height: number };
  /** Notes lifted by the current drag (the active one and the rest of the selection). */
  draggingIds: ReadonlySet<string>;
  /** The participant whose dots are being placed. */
  voterId: string | null;
  /** The note under the pointer and the note with the keyboard focus: only these are registered with dnd-kit. */
  hoveredNoteId: string | null;
  focusedNoteId: string | null;
  /** Polite message for screen readers about keyboard moves. */
  announcement: string;
  /** Bumped to ask the board to fit the content (after a load or a template change). */
  fitRequest: number;
  select(ids: Iterable<string>): void;
  toggle(id: string): void;
  setEditing(id: string | null): void;
  setFocusedZone(id: string | null): void;
  setViewport(viewport: Viewport): void;
  setSize(size: Size): void;
  setDragging(ids: Iterable<string>): void;
  setVoter(id: string | null): void;
  announce(text: string): void;
  requestFit(): void;
  setHoveredNote(id: string | null): void;
  setFocusedNote(id: string | null): void;
}

const EMPTY: ReadonlySet<string> = new Set();

export const useCanvasUi = create<CanvasUiState>()((set) => ({
  selectedIds: EMPTY,
  editingId: null,
  focusedZoneId: null,
  viewport: { x: 0, y: 0, zoom: 1 },
  size: { width: 1, height: 1 },
  draggingIds: EMPTY,
  voterId: null,
  announcement: '',
  fitRequest: 0,
  hoveredNoteId: null,
  focusedNoteId: null,
  select: (ids) => set({ selectedIds: new Set(ids) }),
  toggle: (id) =>
    set((state) => {
      const next = new Set(state.selectedIds);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return { selectedIds: next };
    }),
  setEditing: (editingId) => set({ editingId }),
  setFocusedZone: (focusedZoneId) => set({ focusedZoneId }),
  setViewport: (viewport) => set({ viewport }),
  setSize: (size) => set({ size }),
  setDragging: (ids) => set({ draggingIds: new Set(ids) }),
  setVoter: (voterId) => set({ voterId }),
  announce: (announcement) => set({ announcement }),
  requestFit: () => set((state) => ({ fitRequest: state.fitRequest + 1 })),
  setHoveredNote: (hoveredNoteId) => set({ hoveredNoteId }),
  setFocusedNote: (focusedNoteId) => set({ focusedNoteId }),
}));

export const selectedIds = () => [...useCanvasUi.getState().selectedIds];
