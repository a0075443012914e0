import type { ViewId } from '../../shared/schema';

/** The app's views, in navigation order (Alt+1 … Alt+7). */
export const VIEW_LIST: ReadonlyArray<{ id: ViewId; label: string }> = [
  { id: 'canvas', label: 'Canvas' },
  { id: 'backlog', label: 'Backlog' },
  { id: 'people', label: 'People' },
  { id: 'goals', label: 'Goals' },
  { id: 'sponsors', label: 'Sponsors' },
  { id: 'impact', label: 'Impact' },
  { id: 'agenda', label: 'Agenda' },
];
