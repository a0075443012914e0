/**
 * Counts renders of note bodies, for the canvas benchmark and tests only: enabled when the page's address has
 * `?renderCounts`, exposed as `window.__copStudioRenderCounts` (note id → renders). Null otherwise, so the
 * normal path pays one null check.
 */
export type RenderCounts = Record<string, number>;

declare global {
  interface Window {
    __copStudioRenderCounts?: RenderCounts;
  }
}

function create(): RenderCounts | null {
  if (typeof window === 'undefined' || !new URLSearchParams(window.location.search).has('renderCounts')) return null;
  const counts: RenderCounts = {};
  window.__copStudioRenderCounts = counts;
  return counts;
}

export const renderCounts = create();

export function countRender(id: string): void {
  if (renderCounts) renderCounts[id] = (renderCounts[id] ?? 0) + 1;
}
