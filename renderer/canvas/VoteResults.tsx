import { useMemo } from 'react';
import { countVotes, rankByVotes } from '../../shared/domain/voting';
import { useWorkshop } from '../store/workshop-store';

const short = (text: string) => {
  const t = text.trim().replace(/\s+/g, ' ') || 'Empty note';
  return t.length > 80 ? `${t.slice(0, 77)}…` : t;
};

/** Themes and notes ranked by dots, once the votes are revealed. */
export function VoteResults() {
  const notes = useWorkshop((w) => w.canvas.notes);
  const themes = useWorkshop((w) => w.canvas.themes);
  const votes = useWorkshop((w) => w.canvas.votes);
  const revealed = useWorkshop((w) => w.canvas.voting.revealed);
  const counts = useMemo(() => countVotes({ votes }), [votes]);
  const rankedThemes = useMemo(() => rankByVotes(themes, 'theme', counts), [themes, counts]);
  const rankedNotes = useMemo(() => rankByVotes(notes, 'note', counts).filter((r) => r.votes > 0), [notes, counts]);
  return (
    <section className="panel" aria-labelledby="results-title">
      <h2 className="panel__title" id="results-title">
        Results
      </h2>
      {!revealed ? (
        <p className="panel__hint">
          Votes are hidden ({votes.length} {votes.length === 1 ? 'dot' : 'dots'} placed). Reveal them to see the ranking.
        </p>
      ) : (
        <>
          <h3 className="panel__subtitle">Themes</h3>
          {rankedThemes.length === 0 ? (
            <p className="panel__hint">No themes.</p>
          ) : (
            <ol className="ranking" aria-label="Themes by votes">
              {rankedThemes.map(({ item, votes: n }) => (
                <li key={item.id}>
                  {item.name} — {n} {n === 1 ? 'dot' : 'dots'}
                </li>
              ))}
            </ol>
          )}
          <h3 className="panel__subtitle">Notes</h3>
          {rankedNotes.length === 0 ? (
            <p className="panel__hint">No dots on notes.</p>
          ) : (
            <ol className="ranking" aria-label="Notes by votes">
              {rankedNotes.map(({ item, votes: n }) => (
                <li key={item.id}>
                  {short(item.text)} — {n} {n === 1 ? 'dot' : 'dots'}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
