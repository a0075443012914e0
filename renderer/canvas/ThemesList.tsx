import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { notesByTheme } from '../../shared/domain/canvas-themes';
import { tallyVotes } from '../../shared/domain/vote-tally';
import type { Theme } from '../../shared/schema';
import { useUiStore } from '../store/ui-store';
import { useWorkshop } from '../store/workshop-store';
import { addToBacklog, makeGoal, renameThemeTo, ungroup, unvote, voteFor } from './canvas-commands';
import { useCanvasUiStore } from './canvas-ui-store';
import { LIMITS } from '../../shared/schema/limits';

function ThemeItem(props: { theme: Theme; noteIds: string[]; dots: number | null }) {
  const { theme } = props;
  const mode = useUiStore((s) => s.canvasMode);
  const { t } = useTranslation();
  return (
    <li className={`theme-item theme-color--${theme.color}`}>
      <input
        className="theme-item__name"
        aria-label={t('canvas.themes.name', { theme: theme.name })}
        value={theme.name}
        maxLength={LIMITS.theme.name}
        onChange={(event) => renameThemeTo(theme.id, event.target.value)}
      />
      <span className="theme-item__count">
        {t('canvas.themes.notes', { count: props.noteIds.length })}
        {props.dots !== null && t('canvas.themes.dots', { count: props.dots })}
      </span>
      <div className="theme-item__actions">
        {mode === 'voting' ? (
          <>
            <button
              type="button"
              className="button"
              aria-label={t('canvas.themes.addDotLabel', { theme: theme.name })}
              onClick={() => voteFor({ kind: 'theme', id: theme.id })}
            >
              {t('canvas.themes.addDot')}
            </button>
            <button
              type="button"
              className="button"
              aria-label={t('canvas.themes.removeDotLabel', { theme: theme.name })}
              onClick={() => unvote({ kind: 'theme', id: theme.id })}
            >
              {t('canvas.themes.removeDot')}
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="button button--small"
              aria-label={t('canvas.themes.selectLabel', { theme: theme.name })}
              onClick={() => useCanvasUiStore.getState().select(props.noteIds)}
            >
              {t('canvas.themes.select')}
            </button>
            <button
              type="button"
              className="button button--small"
              aria-label={t('canvas.themes.ungroupLabel', { theme: theme.name })}
              onClick={() => ungroup(theme.id)}
            >
              {t('canvas.themes.ungroup')}
            </button>
            <button
              type="button"
              className="button button--small"
              aria-label={t('canvas.themes.addToBacklogLabel', { theme: theme.name })}
              onClick={() => addToBacklog({ kind: 'theme', id: theme.id })}
            >
              {t('canvas.themes.addToBacklog')}
            </button>
            <button
              type="button"
              className="button button--small"
              aria-label={t('canvas.themes.makeGoalLabel', { theme: theme.name })}
              onClick={() => makeGoal({ kind: 'theme', id: theme.id })}
            >
              {t('canvas.themes.makeGoal')}
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
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="themes-title">
      <h2 className="panel__title" id="themes-title">
        {t('canvas.themes.title')}
      </h2>
      {themes.length === 0 ? (
        <p className="panel__hint">{t('canvas.themes.empty')}</p>
      ) : (
        <ul className="theme-list" aria-label={t('canvas.themes.list')}>
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
