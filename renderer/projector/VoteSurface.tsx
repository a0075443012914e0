import { useMemo } from 'react';
import { budgetOf } from '../../shared/domain/vote-budget';
import { tallyVotes, type Candidate } from '../../shared/domain/vote-tally';
import { useWorkshop } from '../store/workshop-store';
import { FitList } from './FitList';
import { TEXT } from './projector-text';

/**
 * Dot vote: the candidates (themes, and notes in no theme) and the dots each voter has left; the votes stay
 * hidden until the reveal, then the ranked results replace the candidates.
 */
export function VoteSurface() {
  const canvas = useWorkshop((w) => w.canvas);
  const members = useWorkshop((w) => w.members);
  const tally = useMemo(() => tallyVotes(canvas), [canvas]);
  if (canvas.voting.revealed) return <ResultsSurface ranked={tally.ranked} />;
  const candidates = tally.candidates;
  const voters = canvas.voting.participantIds.flatMap((id) => {
    const m = members.find((x) => x.id === id);
    return m ? [{ id, name: m.name, left: budgetOf(canvas, id).remaining }] : [];
  });
  return (
    <section className="surface surface--vote" aria-label={TEXT.candidates}>
      <div className="surface__main">
        <header className="surface__header">
          <h2 className="surface__title">{TEXT.candidates}</h2>
          <p className="surface__hint" role="status">
            {TEXT.votesHidden(tally.total)}
          </p>
        </header>
        <FitList
          className="candidate-list"
          items={candidates}
          keyOf={(c) => `${c.kind}:${c.id}`}
          label={TEXT.candidates}
          noun="candidate"
          render={(c) => (
            <p className={`candidate${c.kind === 'theme' ? ` candidate--theme theme-color--${c.theme.color}` : ''}`}>
              {c.kind === 'note' && c.note.faceDown ? TEXT.hiddenNote : c.label || TEXT.emptyNote}
            </p>
          )}
        />
      </div>
      <aside className="surface__side" aria-label={TEXT.dotsLeft}>
        <h2 className="surface__title">{TEXT.dotsLeft}</h2>
        {voters.length === 0 && <p className="surface__empty">{TEXT.noVoters}</p>}
        <FitList
          className="voter-list"
          items={voters}
          keyOf={(v) => v.id}
          label={TEXT.dotsLeft}
          noun="voter"
          render={(v) => (
            <p className="voter">
              <span className="voter__name">{v.name}</span>{' '}
              <span className="voter__dots" aria-label={TEXT.left(v.left)}>
                <span aria-hidden="true">{'●'.repeat(Math.min(v.left, 10))}</span> {v.left}
              </span>
            </p>
          )}
        />
      </aside>
    </section>
  );
}

/** The ranked results: a bar and the count per candidate, the top three emphasised. */
export function ResultsSurface(props: { ranked: Candidate[] }) {
  const max = Math.max(1, ...props.ranked.map((c) => c.votes));
  const voted = props.ranked.filter((c) => c.votes > 0);
  return (
    <section className="surface surface--results" aria-label={TEXT.results}>
      <header className="surface__header">
        <h2 className="surface__title">{TEXT.results}</h2>
        <p className="surface__hint">{TEXT.themeCountRule}</p>
      </header>
      <FitList
        className="results"
        items={voted}
        keyOf={(c) => `${c.kind}:${c.id}`}
        label={TEXT.rankedResults}
        noun="result"
        render={(c, i) => (
          <div className={`result${i < 3 ? ` result--top result--top-${i + 1}` : ''}`}>
            <p className="result__label">
              <span className="result__rank">{TEXT.place(i)}</span> {c.label || TEXT.emptyNote}
            </p>
            <div className="result__bar" aria-hidden="true">
              <span className="result__fill" style={{ width: `${(c.votes / max) * 100}%` }} />
            </div>
            <p className="result__count">{TEXT.dots(c.votes)}</p>
          </div>
        )}
      />
    </section>
  );
}
