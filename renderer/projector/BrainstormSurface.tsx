import { useEffect, useMemo, useRef, useState } from 'react';
import type { Note } from '../../shared/schema';
import { useWorkshop } from '../store/workshop-store';
import { FitList } from './FitList';
import { NoteCard } from './NoteCard';
import { useProjectorUiStore } from './projector-ui-store';
import { TEXT } from './projector-text';

interface ZoneGroup {
  id: string;
  title: string;
  hint: string;
  notes: Note[];
}

/** The zones and their notes, in canvas order; notes outside every zone come last. */
export function useZoneGroups(): ZoneGroup[] {
  const zones = useWorkshop((w) => w.canvas.zones);
  const notes = useWorkshop((w) => w.canvas.notes);
  return useMemo(() => {
    const byZone = new Map<string | null, Note[]>();
    for (const note of notes) byZone.set(note.zoneId, [...(byZone.get(note.zoneId) ?? []), note]);
    const known = new Set(zones.map((z) => z.id));
    const outside = notes.filter((n) => n.zoneId === null || !known.has(n.zoneId));
    const groups: ZoneGroup[] = zones.map((z) => ({ id: z.id, title: z.title, hint: z.hint, notes: byZone.get(z.id) ?? [] }));
    if (outside.length > 0 || groups.length === 0) groups.push({ id: 'outside', title: TEXT.outside, hint: '', notes: outside });
    return groups;
  }, [zones, notes]);
}

/**
 * Brainstorm: one zone at a time, its notes as readable cards (paged when they do not fit), the other zones as
 * a strip with their counts. ← / → change the zone; a note just added brings its zone into focus, marked "New".
 */
export function BrainstormSurface() {
  const groups = useZoneGroups();
  const hideAuthors = useWorkshop((w) => w.meta.hideAuthors);
  const zoneIndex = useProjectorUiStore((s) => s.zoneIndex);
  const setZoneIndex = useProjectorUiStore((s) => s.setZoneIndex);
  const current = Math.min(zoneIndex, groups.length - 1);
  const group = groups[current]!;
  const newNoteId = useNewNote(groups, setZoneIndex);
  return (
    <section className="surface surface--brainstorm" aria-label={TEXT.board}>
      <ol className="zone-strip" aria-label={TEXT.zones}>
        {stripWindow(groups.length, current)
          .map((i) => ({ g: groups[i]!, i }))
          .map(({ g, i }) => (
            <li
              key={g.id}
              className={`zone-strip__zone${i === current ? ' zone-strip__zone--current' : ''}`}
              aria-current={i === current ? 'true' : undefined}
            >
              <span className="zone-strip__title">{g.title}</span> <span className="zone-strip__count">{g.notes.length}</span>
            </li>
          ))}
      </ol>
      <div className="surface__main">
        <header className="surface__header">
          <h2 className="surface__title">{group.title}</h2>
          {group.hint && <p className="surface__hint">{group.hint}</p>}
        </header>
        <FitList
          key={group.id}
          className="note-grid"
          items={group.notes}
          keyOf={(n) => n.id}
          label={TEXT.notesIn(group.title)}
          noun="note"
          revealIndex={newNoteId ? group.notes.findIndex((n) => n.id === newNoteId) : null}
          empty={<p className="surface__empty">{TEXT.emptyZone}</p>}
          render={(note) => <NoteCard note={note} author={!hideAuthors} isNew={note.id === newNoteId} />}
        />
      </div>
    </section>
  );
}

/** Strip entries around the current zone: at most STRIP_SIZE, so that a canvas with many zones never overflows. */
const STRIP_SIZE = 9;
function stripWindow(count: number, current: number): number[] {
  const start = Math.max(0, Math.min(current - Math.floor(STRIP_SIZE / 2), count - STRIP_SIZE));
  return Array.from({ length: Math.min(count, STRIP_SIZE) }, (_, k) => start + k);
}

/** The note added last while this surface shows (it brings its zone into focus); null before any. */
function useNewNote(groups: ZoneGroup[], setZoneIndex: (i: number) => void): string | null {
  const seen = useRef<Set<string> | null>(null);
  const [newest, setNewest] = useState<string | null>(null);
  useEffect(() => {
    const ids = groups.flatMap((g) => g.notes.map((n) => n.id));
    if (seen.current) {
      const added = ids.filter((id) => !seen.current!.has(id));
      const last = added[added.length - 1];
      // A few notes at once are new ones; many at once is another workshop (or an undo of many).
      if (last && added.length <= 3) {
        setNewest(last);
        setZoneIndex(groups.findIndex((g) => g.notes.some((n) => n.id === last)));
      }
    }
    seen.current = new Set(ids);
  }, [groups, setZoneIndex]);
  return newest;
}
