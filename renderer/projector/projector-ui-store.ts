import { create } from 'zustand';
import type { ProjectorSurface } from '../../shared/domain/projector-surface';
import { resetStore } from '../store/store-reset';

/**
 * What the facilitator chose on the projector, beyond the agenda: a surface other than the step's (valid for
 * that step only), the zone in focus on the brainstorm surface, and page turns (a counter every pager follows).
 */
interface ProjectorUiState {
  /** Back to the initial state (tests, a new session). */
  reset(): void;
  override: { stepId: string | null; surface: ProjectorSurface } | null;
  zoneIndex: number;
  /** Increments on each page turn; `pageDirection` says which way. */
  pageTurn: number;
  pageDirection: 1 | -1;
  setOverride(stepId: string | null, surface: ProjectorSurface | null): void;
  setZoneIndex(index: number): void;
  turnPage(direction: 1 | -1): void;
}

export const useProjectorUiStore = create<ProjectorUiState>()((set, _get, store) => ({
  reset: resetStore(store),
  override: null,
  zoneIndex: 0,
  pageTurn: 0,
  pageDirection: 1,
  setOverride: (stepId, surface) => set({ override: surface ? { stepId, surface } : null }),
  setZoneIndex: (zoneIndex) => set({ zoneIndex }),
  turnPage: (pageDirection) => set((s) => ({ pageTurn: s.pageTurn + 1, pageDirection })),
}));
