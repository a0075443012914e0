import type { Workshop } from '../schema';

/**
 * Forgets links to canvas notes or themes that are going away: dots on them, goals' theme links, and the
 * "made from" source of goals and activities (the goal or activity itself stays). Mutates `w` (a draft).
 */
export function forgetCanvasItems(w: Workshop, kind: 'note' | 'theme', ids: ReadonlySet<string>): void {
  if (ids.size === 0) return;
  w.canvas.votes = w.canvas.votes.filter((vote) => !(vote.target.kind === kind && ids.has(vote.target.id)));
  for (const goal of w.goals) {
    if (kind === 'theme' && goal.themeIds.some((id) => ids.has(id))) goal.themeIds = goal.themeIds.filter((id) => !ids.has(id));
    if (goal.source?.kind === kind && ids.has(goal.source.id)) goal.source = null;
  }
  for (const activity of w.backlog.activities) {
    if (activity.source?.kind === kind && ids.has(activity.source.id)) activity.source = null;
  }
}
