import { useMemo } from 'react';
import { notesByTheme } from '../../shared/domain/canvas-themes';
import { tallyVotes } from '../../shared/domain/vote-tally';
import type { Theme } from '../../shared/schema';
import { useUiStore } from '../store/ui-store';
import { useWorkshop } from '../store/workshop-store';
import { addToBacklog, makeGoal, renameThemeTo, ungroup, unvote, voteFor } from './canvas-commands';
import { useCanvasUi } from './canvas-ui-store';
import { LIMITS } from '../../shared/schema/limits';

function ThemeItem(props: { theme: Theme; noteIds: string[]; dots: number | null }) {
  const { theme } = props;
  const mode = useUiStore((s) => s.canvasMode);
  return (
    <li className={`theme-item theme-color--${theme.color}`}>
      <input
        className="theme-item__name"
        aria-label={`Name of theme ${theme.name}`}
        value={theme.name}
        maxLength={LIMITS.theme.name}
        onChange={(event) => renameThemeTo(theme.id, event.target.value)}
      />
      <span className="theme-item__count">
        {props.noteIds.length} {props.noteIds.length === 1 ? 'note' : 'notes'}
        {props.dots !== null && `, ${props.dots} ${props.dots === 1 ? 'dot' : 'dots'}`}
      </span>
      <div className="theme-item__actions">
        {mode === 'voting' ? (
          <>
            <button type="button" className="button" aria-label={`Add dot to theme ${theme.name}`} onClick={() => voteFor({ kind: 'theme', id: theme.id })}>
              Add dot
            </button>
            <button type="button" className="button" aria-label={`Remove dot from theme ${theme.name}`} onClick={() => unvote({ kind: 'theme', id: theme.id })}>
              Remove dot
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button button--small" aria-label={`Select notes of theme ${theme.name}`} onClick={() => useCanvasUi.getState().select(props.noteIds)}>
              Select
            </button>
            <button type="button" className="button button--small" aria-label={`Ungroup theme ${theme.name}`} onClick={() => ungroup(theme.id)}>
              Ungroup
            </button>
            <button type="button" className="button button--small" aria-label={`Add to backlog: theme ${theme.name}`} onClick={() => addToBacklog({ kind: 'theme', id: theme.id })}>
              Add to backlog
            </button>
            <button type="button" className="button button--small" aria-label={`Make this a goal: theme ${theme.name}`} onClick={() => makeGoal({ kind: 'theme', id: theme.id })}>
              Make this a goal
            </button>
          </>
        )}
      </div>
    </li>
  );
}

/** The themes (clusters): rename, select their notes, ungroup, send to backlog or goals, vote. */
export function ThemesList() {
  const themes = useWorkshop((w) => w.canvas.themes);
  const notes = useWorkshop((w) => w.canvas.notes);
  const votes = useWorkshop((w) => w.canvas.votes);
  const revealed = useWorkshop((w) => w.canvas.voting.revealed);
  const byTheme = useMemo(() => notesByTheme(notes), [notes]);
  const tally = useMemo(() => tallyVotes({ votes, notes, themes }), [votes, notes, themes]);
  return (
    <section className="panel" aria-labelledby="themes-title">
      <h2 className="panel__title" id="themes-title">
        Themes
      </h2>
      {themes.length === 0 ? (
        <p className="panel__hint">Select similar notes and press “Group into theme” (G) to make a theme.</p>
      ) : (
        <ul className="theme-list" aria-label="Themes">
          {themes.map((theme) => (
            <ThemeItem
              key={theme.id}
              theme={theme}
              noteIds={(byTheme.get(theme.id) ?? []).map((n) => n.id)}
              dots={revealed ? tally.theme(theme.id) : null}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
