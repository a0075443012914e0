import type { Canvas, Note, Theme } from '../schema';

/**
 * THE tally of a dot vote — the one every view and export counts with, so that the numbers the room saw are
 * the numbers printed.
 *
 * - A **note's count** is the dots placed on that note.
 * - A **theme's count** is the dots placed on the theme itself **plus** the dots placed on its notes: a dot on
 *   a note of a theme supports that theme too.
 * - The **candidates** of a vote are the themes and the notes in no theme (a note in a theme is counted in its
 *   theme). `ranked` lists them most dots first; ties keep canvas order (themes first, then notes).
 */
export type Candidate =
  | { kind: 'theme'; id: string; label: string; votes: number; theme: Theme; notes: Note[] }
  | { kind: 'note'; id: string; label: string; votes: number; note: Note };

export interface VoteTally {
  /** Dots on one note. */
  note(id: string): number;
  /** A theme's count: its own dots plus its notes' dots. */
  theme(id: string): number;
  /** Dots placed on the theme itself only. */
  themeOwn(id: string): number;
  /** Every dot placed. */
  total: number;
  /** Themes, then the notes in no theme, in canvas order. */
  candidates: Candidate[];
  /** The candidates, most dots first. */
  ranked: Candidate[];
}

export function tallyVotes(canvas: Pick<Canvas, 'votes' | 'notes' | 'themes'>): VoteTally {
  const onNote = new Map<string, number>();
  const onTheme = new Map<string, number>();
  for (const vote of canvas.votes) {
    const map = vote.target.kind === 'note' ? onNote : onTheme;
    map.set(vote.target.id, (map.get(vote.target.id) ?? 0) + 1);
  }
  const themeIds = new Set(canvas.themes.map((t) => t.id));
  const notesOf = new Map<string, Note[]>();
  const themeTotal = new Map<string, number>(canvas.themes.map((t) => [t.id, onTheme.get(t.id) ?? 0]));
  for (const note of canvas.notes) {
    if (note.themeId === null || !themeIds.has(note.themeId)) continue;
    // Appended in place: copying the list per note would be quadratic in the notes of one theme.
    const list = notesOf.get(note.themeId);
    if (list) list.push(note);
    else notesOf.set(note.themeId, [note]);
    themeTotal.set(note.themeId, (themeTotal.get(note.themeId) ?? 0) + (onNote.get(note.id) ?? 0));
  }
  const candidates: Candidate[] = [
    ...canvas.themes.map((theme): Candidate => ({
      kind: 'theme',
      id: theme.id,
      label: theme.name,
      votes: themeTotal.get(theme.id) ?? 0,
      theme,
      notes: notesOf.get(theme.id) ?? [],
    })),
    ...canvas.notes
      .filter((note) => note.themeId === null || !themeIds.has(note.themeId))
      .map((note): Candidate => ({
        kind: 'note',
        id: note.id,
        label: note.text.trim().replace(/\s+/g, ' '),
        votes: onNote.get(note.id) ?? 0,
        note,
      })),
  ];
  const ranked = candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => b.candidate.votes - a.candidate.votes || a.index - b.index)
    .map(({ candidate }) => candidate);
  return {
    note: (id) => onNote.get(id) ?? 0,
    theme: (id) => themeTotal.get(id) ?? 0,
    themeOwn: (id) => onTheme.get(id) ?? 0,
    total: canvas.votes.length,
    candidates,
    ranked,
  };
}

/** Items ranked by a count, most first; ties keep their original order. */
export function rankBy<T>(items: readonly T[], count: (item: T) => number): Array<{ item: T; votes: number }> {
  return items
    .map((item, index) => ({ item, votes: count(item), index }))
    .sort((a, b) => b.votes - a.votes || a.index - b.index)
    .map(({ item, votes }) => ({ item, votes }));
}
