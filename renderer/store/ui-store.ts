import { create } from 'zustand';
import type { ViewId } from '../../shared/schema';
import type { ThemeName } from '../../shared/preferences';
import { resetStore } from './store-reset';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

/** The canvas is either edited or, during the dot vote, used for voting. */
export type CanvasMode = 'edit' | 'voting';

interface UiState {
  /** Back to the initial state (tests, a new session). */
  reset(): void;
  view: ViewId;
  canvasMode: CanvasMode;
  setCanvasMode(mode: CanvasMode): void;
  theme: ThemeName;
  notices: Notice[];
  /** The id the next notice gets. */
  nextNoticeId: number;
  shortcutsOpen: boolean;
  detailsOpen: boolean;
  /** The start (preferences, recovery offer, reopening the last workshop) is done. */
  started: boolean;
  setStarted(): void;
  setView(view: ViewId): void;
  setTheme(theme: ThemeName): void;
  notify(kind: Notice['kind'], text: string): void;
  dismiss(id: number): void;
  setShortcutsOpen(open: boolean): void;
  setDetailsOpen(open: boolean): void;
}

export const useUiStore = create<UiState>()((set, _get, store) => ({
  reset: resetStore(store),
  view: 'canvas',
  canvasMode: 'edit',
  setCanvasMode: (canvasMode) => set({ canvasMode }),
  theme: 'light',
  notices: [],
  nextNoticeId: 1,
  shortcutsOpen: false,
  detailsOpen: false,
  started: false,
  setStarted: () => set({ started: true }),
  setView: (view) => set({ view }),
  setTheme: (theme) => set({ theme }),
  notify: (kind, text) =>
    set((state) => ({
      notices: [...state.notices.slice(-3), { id: state.nextNoticeId, kind, text }],
      nextNoticeId: state.nextNoticeId + 1,
    })),
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  setDetailsOpen: (detailsOpen) => set({ detailsOpen }),
}));
