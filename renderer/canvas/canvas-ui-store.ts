import { create } from 'zustand';
import type { Workshop } from '../../shared/schema';
import { useWorkshopStore } from '../store/workshop-store';
import type { Size, Viewport } from './viewport-math';
import { resetStore } from '../store/store-reset';

/**
 * UI state of the canvas, kept out of the document (never saved, never undone): selection, the note being
 * edited, the zone last focused, the viewport, the notes being dragged and who is voting. The live drag
 * position is not here at all: dnd-kit's overlay carries it until the drop commits one change.
 */
interface CanvasUiState {
  /** Back to the initial state (tests, a new session). */
  reset(): void;
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
  /** The view the last "fit to screen" made; while it is still the view, a resized board fits again. */
  lastFitted: Viewport | null;
  /** When the last drag ended (performance.now()): the click that ends a drag must not re-select or vote. */
  draggedAt: number;
  /** The running position of a keyboard drag (dnd-kit's own lags behind repeated keys). */
  keyboardDragAt: { x: number; y: number } | null;
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
  /**
   * Keeps this UI true to the document after every change of it (an edit, undo, redo, a room contribution, a
   * workshop opened): another workshop leaves nothing of the previous one selected, edited, focused or voting;
   * the same workshop keeps only the notes, zones and voter that still exist.
   */
  followDocument(next: Workshop, previous: Workshop): void;
}

const EMPTY: ReadonlySet<string> = new Set();

export const useCanvasUiStore = create<CanvasUiState>()((set, _get, store) => ({
  reset: resetStore(store),
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
  lastFitted: null,
  draggedAt: 0,
  keyboardDragAt: null,
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
  followDocument: (next, previous) =>
    set((state) => {
      if (next.id !== previous.id) {
        return {
          selectedIds: EMPTY,
          editingId: null,
          focusedZoneId: null,
          draggingIds: EMPTY,
          hoveredNoteId: null,
          focusedNoteId: null,
          voterId: null,
        };
      }
      const changes: Partial<CanvasUiState> = {};
      if (next.canvas.notes !== previous.canvas.notes) {
        const notes = new Set(next.canvas.notes.map((note) => note.id));
        const kept = (ids: ReadonlySet<string>) =>
          ids.size === 0 || [...ids].every((id) => notes.has(id)) ? ids : new Set([...ids].filter((id) => notes.has(id)));
        const existing = (id: string | null) => (id === null || notes.has(id) ? id : null);
        Object.assign(changes, {
          selectedIds: kept(state.selectedIds),
          draggingIds: kept(state.draggingIds),
          editingId: existing(state.editingId),
          hoveredNoteId: existing(state.hoveredNoteId),
          focusedNoteId: existing(state.focusedNoteId),
        });
      }
      if (state.focusedZoneId !== null && !next.canvas.zones.some((zone) => zone.id === state.focusedZoneId)) changes.focusedZoneId = null;
      if (state.voterId !== null && !next.members.some((member) => member.id === state.voterId)) changes.voterId = null;
      return changes;
    }),
}));

/**
 * Keeps the canvas UI consistent with every document change, in the store layer (whichever view is showing).
 * Started by the session; returns a stop function.
 */
export function followDocumentChanges(): () => void {
  return useWorkshopStore.subscribe((state, previous) => {
    if (state.history.present !== previous.history.present)
      useCanvasUiStore.getState().followDocument(state.history.present, previous.history.present);
  });
}

export const selectedIds = () => [...useCanvasUiStore.getState().selectedIds];
