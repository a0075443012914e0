import { create } from 'zustand';
import type { ViewId } from '../../shared/schema';
import type { ThemeName } from '../../shared/preferences';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

/** The canvas is either edited or, during the dot vote, used for voting. */
export type CanvasMode = 'edit' | 'voting';

interface UiState {
  view: ViewId;
  canvasMode: CanvasMode;
  setCanvasMode(mode: CanvasMode): void;
  theme: ThemeName;
  notices: Notice[];
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

let nextNoticeId = 1;

export const useUiStore = create<UiState>()((set) => ({
  view: 'canvas',
  canvasMode: 'edit',
  setCanvasMode: (canvasMode) => set({ canvasMode }),
  theme: 'light',
  notices: [],
  shortcutsOpen: false,
  detailsOpen: false,
  started: false,
  setStarted: () => set({ started: true }),
  setView: (view) => set({ view }),
  setTheme: (theme) => set({ theme }),
  notify: (kind, text) => set((state) => ({ notices: [...state.notices.slice(-3), { id: nextNoticeId++, kind, text }] })),
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  setDetailsOpen: (detailsOpen) => set({ detailsOpen }),
}));
