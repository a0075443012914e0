import { useEffect, useId, useState } from 'react';
import { offeredVoters } from '../../shared/domain/check-in';
import { budgetOf } from '../../shared/domain/vote-budget';
import { useWorkshop } from '../store/workshop-store';
import { useCanvasUi } from './canvas-ui-store';
import { LIMITS } from '../../shared/schema/limits';
import { addVoterNamed, clearAllDots, setDotLimit, setDotsPerPerson, setVoter as setVoting, toggleVotesRevealed } from './voting-commands';

/** Dot-vote settings and the voter whose dots are being placed, with their remaining budget. */
export function VotingPanel() {
  const members = useWorkshop((w) => w.members);
  const participants = useWorkshop((w) => w.meta.participantIds);
  const voting = useWorkshop((w) => w.canvas.voting);
  const votes = useWorkshop((w) => w.canvas.votes);
  const voterId = useCanvasUi((s) => s.voterId);
  const setVoter = useCanvasUi((s) => s.setVoter);
  const [name, setName] = useState('');
  const ids = { dots: useId(), cap: useId(), voter: useId(), name: useId() };

  // The current voter must be one of the voters.
  useEffect(() => {
    if (voterId && voting.participantIds.includes(voterId)) return;
    setVoter(voting.participantIds[0] ?? null);
  }, [voterId, voting.participantIds, setVoter]);

  // Check-in feeds the vote: the voters and the present members (not sponsors); anyone else is added by name.
  const ordered = offeredVoters({ members, meta: { participantIds: participants } as never, canvas: { voting } as never });
  const voter = members.find((m) => m.id === voterId);
  const budget = voter ? budgetOf({ votes, voting, notes: [], themes: [] }, voter.id) : null;

  const addByName = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    const id = addVoterNamed(trimmed);
    if (id) setVoter(id);
    setName('');
  };

  return (
    <section className="panel" aria-labelledby="voting-title">
      <h2 className="panel__title" id="voting-title">
        Dot vote
      </h2>
      <fieldset className="panel__fieldset">
        <legend>Voters</legend>
        {ordered.length === 0 && <p className="panel__hint">Nobody checked in yet: add the voters by name below.</p>}
        {ordered.map((m) => (
          <label key={m.id} className="panel__check">
            <input
              type="checkbox"
              checked={voting.participantIds.includes(m.id)}
              onChange={(event) =>
                setVoting(m.id, event.target.checked)
              }
            />
            {m.name}
          </label>
        ))}
        <div className="panel__row">
          <label className="visually-hidden" htmlFor={ids.name}>
            New voter’s name
          </label>
          <input
            id={ids.name}
            value={name}
            maxLength={LIMITS.member.name}
            placeholder="Name"
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addByName();
              }
            }}
          />
          <button type="button" className="button" onClick={addByName} disabled={!name.trim()}>
            Add voter
          </button>
        </div>
      </fieldset>
      <div className="panel__row">
        <label htmlFor={ids.dots}>Dots per person</label>
        <input
          id={ids.dots}
          type="number"
          min={1}
          max={50}
          value={voting.dotsPerParticipant}
          onChange={(e) => {
            const n = Math.round(Number(e.target.value));
            if (n >= 1 && n <= 50) setDotsPerPerson(n);
          }}
        />
      </div>
      <div className="panel__row">
        <label htmlFor={ids.cap}>Most dots on one item</label>
        <input
          id={ids.cap}
          type="number"
          min={1}
          max={50}
          placeholder="none"
          value={voting.maxDotsPerTarget ?? ''}
          onChange={(e) => {
            const n = e.target.value === '' ? null : Math.round(Number(e.target.value));
            if (n === null || (n >= 1 && n <= 50)) setDotLimit(n);
          }}
        />
      </div>
      {voting.participantIds.length > 0 && (
        <div className="panel__row">
          <label htmlFor={ids.voter}>Who is voting</label>
          <select id={ids.voter} value={voterId ?? ''} onChange={(e) => setVoter(e.target.value)}>
            {voting.participantIds.map((id) => (
              <option key={id} value={id}>
                {members.find((m) => m.id === id)?.name ?? 'Unknown'}
              </option>
            ))}
          </select>
        </div>
      )}
      {voter && budget && (
        <p className="voting__budget" role="status" aria-label="Dots left">
          {voter.name}: {budget.remaining} of {budget.total} {budget.total === 1 ? 'dot' : 'dots'} left
        </p>
      )}
      <p className="panel__hint">Click a note (or press Enter on it) to place a dot; Delete takes one back. Dot themes in the list.</p>
      <div className="panel__row">
        <button
          type="button"
          className={`button${voting.revealed ? '' : ' button--primary'}`}
          aria-pressed={voting.revealed}
          onClick={toggleVotesRevealed}
        >
          {voting.revealed ? 'Hide votes' : 'Reveal votes'}
        </button>
        <button type="button" className="button" disabled={votes.length === 0} onClick={clearAllDots}>
          Clear all dots
        </button>
      </div>
    </section>
  );
}
