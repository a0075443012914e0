import { useMemo } from 'react';
import type { Note, Theme } from '../../shared/schema';
import { useWorkshop } from '../store/workshop-store';
import { FitList } from './FitList';
import { TEXT } from './projector-text';

/** Groups of more notes than this are shown in parts, so that one group never outgrows the screen. */
const NOTES_PER_BOX = 5;

interface ThemeBox {
  key: string;
  name: string;
  theme: Theme | null;
  notes: Note[];
  continued: boolean;
  total: number;
}

/** Cluster: each theme as a visible group — its name over its notes — then the notes in no theme. */
export function ClusterSurface() {
  const themes = useWorkshop((w) => w.canvas.themes);
  const notes = useWorkshop((w) => w.canvas.notes);
  const boxes = useMemo(() => {
    const out: ThemeBox[] = [];
    const add = (key: string, name: string, theme: Theme | null, list: Note[]) => {
      for (let i = 0; i < Math.max(1, list.length); i += NOTES_PER_BOX) {
        out.push({ key: `${key}:${i}`, name, theme, notes: list.slice(i, i + NOTES_PER_BOX), continued: i > 0, total: list.length });
      }
    };
    for (const theme of themes)
      add(
        theme.id,
        theme.name,
        theme,
        notes.filter((n) => n.themeId === theme.id),
      );
    const ids = new Set(themes.map((t) => t.id));
    const rest = notes.filter((n) => n.themeId === null || !ids.has(n.themeId));
    if (rest.length > 0) add('unthemed', TEXT.unthemed, null, rest);
    return out;
  }, [themes, notes]);
  return (
    <section className="surface surface--cluster" aria-label={TEXT.board}>
      {themes.length === 0 && <p className="surface__empty">{TEXT.noThemes}</p>}
      <FitList
        className="theme-grid"
        items={boxes}
        keyOf={(b) => b.key}
        label={TEXT.themesAndNotes}
        noun="group"
        render={(box) => (
          <section className={`theme-box${box.theme ? ` theme-color--${box.theme.color}` : ' theme-box--none'}`} aria-label={box.name}>
            <h2 className="theme-box__name">
              {box.name} <span className="theme-box__count">{box.continued ? TEXT.continued : `· ${box.total}`}</span>
            </h2>
            <ul className="theme-box__notes">
              {box.notes.map((n) => (
                <li key={n.id} className={`theme-box__note note-color--${n.color}`}>
                  {n.faceDown ? TEXT.hiddenNote : n.text.trim() || TEXT.emptyNote}
                </li>
              ))}
            </ul>
          </section>
        )}
      />
    </section>
  );
}
