import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { tr } from '../common/i18n';
import { excerpt, EXCERPT_LENGTH } from '../../shared/domain/text-units';
import { tallyVotes } from '../../shared/domain/vote-tally';
import { useWorkshop } from '../store/workshop-store';

const short = (text: string) => excerpt(text, EXCERPT_LENGTH.list) || tr('canvas.results.emptyNote');

/** Themes and notes ranked by dots (the one tally: a theme counts its notes' dots), once the votes are revealed. */
export function VoteResults() {
  const notes = useWorkshop((w) => w.canvas.notes);
  const themes = useWorkshop((w) => w.canvas.themes);
  const votes = useWorkshop((w) => w.canvas.votes);
  const revealed = useWorkshop((w) => w.canvas.voting.revealed);
  const tally = useMemo(() => tallyVotes({ votes, notes, themes }), [votes, notes, themes]);
  const { t } = useTranslation();
  const rankedThemes = tally.ranked.filter((c) => c.kind === 'theme');
  const rankedNotes = useMemo(
    () =>
      notes
        .map((n) => ({ item: n, votes: tally.note(n.id) }))
        .filter((r) => r.votes > 0)
        .sort((a, b) => b.votes - a.votes),
    [notes, tally],
  );
  return (
    <section className="panel" aria-labelledby="results-title">
      <h2 className="panel__title" id="results-title">
        {t('canvas.results.title')}
      </h2>
      {!revealed ? (
        <p className="panel__hint">{t('canvas.results.hidden', { count: votes.length })}</p>
      ) : (
        <>
          <h3 className="panel__subtitle">{t('canvas.results.themes')}</h3>
          {rankedThemes.length === 0 ? (
            <p className="panel__hint">{t('canvas.results.noThemes')}</p>
          ) : (
            <ol className="ranking" aria-label={t('canvas.results.themesByVotes')}>
              {rankedThemes.map((c) => (
                <li key={c.id}>{t('canvas.results.line', { item: c.label, count: c.votes })}</li>
              ))}
            </ol>
          )}
          <p className="panel__hint">{t('canvas.results.rule')}</p>
          <h3 className="panel__subtitle">{t('canvas.results.notes')}</h3>
          {rankedNotes.length === 0 ? (
            <p className="panel__hint">{t('canvas.results.noDots')}</p>
          ) : (
            <ol className="ranking" aria-label={t('canvas.results.notesByVotes')}>
              {rankedNotes.map(({ item, votes: n }) => (
                <li key={item.id}>{t('canvas.results.line', { item: short(item.text), count: n })}</li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
