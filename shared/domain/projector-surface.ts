import { PROJECTOR_SURFACES, type AgendaStep, type ProjectorSurface, type ViewId } from '../schema';

export { PROJECTOR_SURFACES, type ProjectorSurface };

/**
 * What the room sees on the projector: one presentation surface per kind of agenda step. The step decides
 * (its `surface`, or else its view, mode and title); the facilitator can switch.
 */

/** A view's surface of its own; a view not listed (a new one) shows the agenda to the room. */
const OF_VIEW: Partial<Record<ViewId, ProjectorSurface>> = {
  people: 'check-in',
  canvas: 'brainstorm',
  goals: 'goals',
  backlog: 'backlog',
  sponsors: 'sponsor',
  impact: 'impact',
  agenda: 'agenda',
};

/** The surface of a view (when the facilitator goes to a view that is not the step's). */
export function surfaceOfView(view: ViewId, canvasMode: 'edit' | 'voting' = 'edit'): ProjectorSurface {
  return view === 'canvas' && canvasMode === 'voting' ? 'vote' : (OF_VIEW[view] ?? 'agenda');
}

/** The surface of an agenda step: its own choice, else the dot vote for a voting step, else from its view and title. */
export function surfaceOfStep(
  step: Pick<AgendaStep, 'view' | 'mode' | 'title'> & { surface?: ProjectorSurface | null | undefined },
): ProjectorSurface {
  if (step.surface) return step.surface;
  if (step.view === 'canvas') {
    if (step.mode === 'voting') return 'vote';
    if (/vision/i.test(step.title)) return 'vision';
    if (/cluster|theme|group/i.test(step.title)) return 'cluster';
    return 'brainstorm';
  }
  return (step.view && OF_VIEW[step.view]) || 'agenda';
}

/** The next (or previous) surface, for the facilitator's switch. */
export function adjacentSurface(surface: ProjectorSurface, offset: 1 | -1): ProjectorSurface {
  const i = PROJECTOR_SURFACES.indexOf(surface);
  return PROJECTOR_SURFACES[(i + offset + PROJECTOR_SURFACES.length) % PROJECTOR_SURFACES.length]!;
}

/** Splits items into pages of at most `size` (at least one page, possibly empty). */
export function pages<T>(items: readonly T[], size: number): T[][] {
  const n = Math.max(1, Math.floor(size));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out.length ? out : [[]];
}
