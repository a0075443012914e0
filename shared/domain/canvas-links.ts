import type { Workshop } from '../schema';
import { newActivity, newGoal } from './entities';

export type CanvasSource = { kind: 'note' | 'theme'; id: string };

/** The text a canvas note or theme carries (a note's text, a theme's name); null when it no longer exists. */
export function canvasSourceText(workshop: Workshop, source: CanvasSource): string | null {
  if (source.kind === 'note') return workshop.canvas.notes.find((n) => n.id === source.id)?.text ?? null;
  return workshop.canvas.themes.find((t) => t.id === source.id)?.name ?? null;
}

function titleFrom(text: string): string {
  const firstLine = text.trim().split('\n')[0]?.trim() ?? '';
  return (firstLine || 'Untitled').slice(0, 300);
}

/**
 * "Add to backlog": a new activity (type `other`) made from a canvas note or theme, placed at the end of the
 * given column (the first one by default), keeping a link back. Mutates `draft` (an immer draft); returns the
 * new activity's id, or null when the source does not exist.
 */
export function addActivityFromCanvas(draft: Workshop, source: CanvasSource, columnId?: string): string | null {
  const text = canvasSourceText(draft, source);
  if (text === null) return null;
  const column = draft.backlog.columns.find((c) => c.id === columnId) ?? draft.backlog.columns[0];
  if (!column) return null;
  const activity = newActivity({
    title: titleFrom(text),
    description: text.includes('\n') ? text : '',
    source: { ...source },
  });
  draft.backlog.activities.push(activity);
  column.activityIds.push(activity.id);
  return activity.id;
}

/**
 * "Make this a goal": a new goal from a canvas note or theme, linked to the theme (the theme itself, or the
 * note's theme). Mutates `draft`; returns the new goal's id, or null when the source does not exist.
 */
export function addGoalFromCanvas(draft: Workshop, source: CanvasSource): string | null {
  const text = canvasSourceText(draft, source);
  if (text === null) return null;
  const themeId = source.kind === 'theme' ? source.id : (draft.canvas.notes.find((n) => n.id === source.id)?.themeId ?? null);
  const goal = newGoal({ title: titleFrom(text), themeIds: themeId ? [themeId] : [], source: { ...source } });
  draft.goals.push(goal);
  return goal.id;
}
