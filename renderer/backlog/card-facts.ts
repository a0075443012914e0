import type { Activity, Workshop } from '../../shared/schema';
import { excerpt, EXCERPT_LENGTH } from '../../shared/domain/text-units';
import { tr } from '../common/i18n';

/** Look-ups the board needs to describe cards, built once per document change. */
export interface BoardLookups {
  memberNames: ReadonlyMap<string, string>;
  goalTitles: ReadonlyMap<string, string>;
  noteTexts: ReadonlyMap<string, string>;
  themeNames: ReadonlyMap<string, string>;
}

export function boardLookups(w: Pick<Workshop, 'members' | 'goals' | 'canvas'>): BoardLookups {
  return {
    memberNames: new Map(w.members.map((m) => [m.id, m.name])),
    goalTitles: new Map(w.goals.map((g) => [g.id, g.title])),
    noteTexts: new Map(w.canvas.notes.map((n) => [n.id, n.text])),
    themeNames: new Map(w.canvas.themes.map((t) => [t.id, t.name])),
  };
}

const shorten = (text: string) => excerpt(text, EXCERPT_LENGTH.card);

/** "From canvas note: “Brown bag lunches…”", or null for a card made on the board. */
export function sourceLabel(activity: Activity, lookups: BoardLookups): string | null {
  const source = activity.source;
  if (!source) return null;
  const text = source.kind === 'note' ? lookups.noteTexts.get(source.id) : lookups.themeNames.get(source.id);
  if (text === undefined) return tr(source.kind === 'note' ? 'backlog.card.fromLostNote' : 'backlog.card.fromLostTheme');
  return tr(source.kind === 'note' ? 'backlog.card.fromNote' : 'backlog.card.fromTheme', { text: shorten(text) });
}

export const ownerName = (activity: Activity, lookups: BoardLookups) =>
  activity.ownerId === null ? null : (lookups.memberNames.get(activity.ownerId) ?? null);

export const goalsText = (activity: Activity, lookups: BoardLookups) =>
  activity.goalIds
    .map((id) => lookups.goalTitles.get(id))
    .filter((t): t is string => t !== undefined)
    .join('; ');

export { formatEffort } from './backlog-text';
