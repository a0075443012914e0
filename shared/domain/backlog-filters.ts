import type { Activity, ActivityType } from '../schema';

/** The board's filters; null = any. `owner: { id: null }` keeps the activities nobody owns. */
export interface BacklogFilter {
  type: ActivityType | null;
  owner: { id: string | null } | null;
  goalId: string | null;
}

export const NO_FILTER: BacklogFilter = { type: null, owner: null, goalId: null };

export const isFiltering = (filter: BacklogFilter) => filter.type !== null || filter.owner !== null || filter.goalId !== null;

export function matchesFilter(activity: Activity, filter: BacklogFilter): boolean {
  if (filter.type !== null && activity.type !== filter.type) return false;
  if (filter.owner !== null && activity.ownerId !== filter.owner.id) return false;
  if (filter.goalId !== null && !activity.goalIds.includes(filter.goalId)) return false;
  return true;
}
