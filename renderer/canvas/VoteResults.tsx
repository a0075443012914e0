import { useMemo } from 'react';
import { excerpt, EXCERPT_LENGTH } from '../../shared/domain/text-units';
import { tallyVotes } from '../../shared/domain/vote-tally';
import { useWorkshop } from '../store/workshop-store';

const short = (text: string) => excerpt(text, EXCERPT_LENGTH.list) || 'Empty note';

const dots = (n: number) => `${n} ${n === 1 ? 'dot' : 'dots'}`;

/** Themes and notes ranked by dots (the one tally: a theme counts its notes' dots), once the votes are revealed. */
export function VoteResults() {
  const notes = useWorkshop((w) => w.canvas.notes);
  const themes = useWorkshop((w) => w.canvas.themes);
  const votes = useWorkshop((w) => w.canvas.votes);
  const revealed = useWorkshop((w) => w.canvas.voting.revealed);
  const tally = useMemo(() => tallyVotes({ votes, notes, themes }), [votes, notes, themes]);
  const rankedThemes = tally.ranked.filter((c) => c.kind === 'theme');
  const rankedNotes = useMemo(
    () => notes.map((n) => ({ item: n, votes: tally.note(n.id) })).filter((r) => r.votes > 0).sort((a, b) => b.votes - a.votes),
    [notes, tally],
  );
  return (
    <section className="panel" aria-labelledby="results-title">
      <h2 className="panel__title" id="results-title">
        Results
      </h2>
      {!revealed ? (
        <p className="panel__hint">
          Votes are hidden ({dots(votes.length)} placed). Reveal them to see the ranking.
        </p>
      ) : (
        <>
          <h3 className="panel__subtitle">Themes</h3>
          {rankedThemes.length === 0 ? (
            <p className="panel__hint">No themes.</p>
          ) : (
            <ol className="ranking" aria-label="Themes by votes">
              {rankedThemes.map((c) => (
                <li key={c.id}>
                  {c.label} — {dots(c.votes)}
                </li>
              ))}
            </ol>
          )}
          <p className="panel__hint">A theme counts its own dots and its notes’ dots.</p>
          <h3 className="panel__subtitle">Notes</h3>
          {rankedNotes.length === 0 ? (
            <p className="panel__hint">No dots on notes.</p>
          ) : (
            <ol className="ranking" aria-label="Notes by votes">
              {rankedNotes.map(({ item, votes: n }) => (
                <li key={item.id}>
                  {short(item.text)} — {dots(n)}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
