import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { offeredVoters } from '../../shared/domain/check-in';
import { budgetOf } from '../../shared/domain/vote-budget';
import { useWorkshop } from '../store/workshop-store';
import { useCanvasUiStore } from './canvas-ui-store';
import { LIMITS } from '../../shared/schema/limits';
import { addVoterNamed, clearAllDots, setDotLimit, setDotsPerPerson, setVoter as setVoting, toggleVotesRevealed } from './voting-commands';

/** Dot-vote settings and the voter whose dots are being placed, with their remaining budget. */
export function VotingPanel() {
  const members = useWorkshop((w) => w.members);
  const participants = useWorkshop((w) => w.meta.participantIds);
  const voting = useWorkshop((w) => w.canvas.voting);
  const votes = useWorkshop((w) => w.canvas.votes);
  const voterId = useCanvasUiStore((s) => s.voterId);
  const setVoter = useCanvasUiStore((s) => s.setVoter);
  const [name, setName] = useState('');
  const ids = { dots: useId(), cap: useId(), voter: useId(), name: useId() };
  const { t } = useTranslation();

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
        {t('canvas.voting.title')}
      </h2>
      <fieldset className="panel__fieldset">
        <legend>{t('canvas.voting.voters')}</legend>
        {ordered.length === 0 && <p className="panel__hint">{t('canvas.voting.nobody')}</p>}
        {ordered.map((m) => (
          <label key={m.id} className="panel__check">
            <input
              type="checkbox"
              checked={voting.participantIds.includes(m.id)}
              onChange={(event) => setVoting(m.id, event.target.checked)}
            />
            {m.name}
          </label>
        ))}
        <div className="panel__row">
          <label className="visually-hidden" htmlFor={ids.name}>
            {t('canvas.voting.newVoter')}
          </label>
          <input
            id={ids.name}
            value={name}
            maxLength={LIMITS.member.name}
            placeholder={t('canvas.voting.namePlaceholder')}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addByName();
              }
            }}
          />
          <button type="button" className="button" onClick={addByName} disabled={!name.trim()}>
            {t('canvas.voting.addVoter')}
          </button>
        </div>
      </fieldset>
      <div className="panel__row">
        <label htmlFor={ids.dots}>{t('canvas.voting.dotsPerPerson')}</label>
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
        <label htmlFor={ids.cap}>{t('canvas.voting.cap')}</label>
        <input
          id={ids.cap}
          type="number"
          min={1}
          max={50}
          placeholder={t('canvas.voting.noCap')}
          value={voting.maxDotsPerTarget ?? ''}
          onChange={(e) => {
            const n = e.target.value === '' ? null : Math.round(Number(e.target.value));
            if (n === null || (n >= 1 && n <= 50)) setDotLimit(n);
          }}
        />
      </div>
      {voting.participantIds.length > 0 && (
        <div className="panel__row">
          <label htmlFor={ids.voter}>{t('canvas.voting.who')}</label>
          <select id={ids.voter} value={voterId ?? ''} onChange={(e) => setVoter(e.target.value)}>
            {voting.participantIds.map((id) => (
              <option key={id} value={id}>
                {members.find((m) => m.id === id)?.name ?? t('canvas.voting.unknown')}
              </option>
            ))}
          </select>
        </div>
      )}
      {voter && budget && (
        <p className="voting__budget" role="status" aria-label={t('canvas.voting.dotsLeftLabel')}>
          {t('canvas.voting.dotsLeft', { name: voter.name, left: budget.remaining, count: budget.total })}
        </p>
      )}
      <p className="panel__hint">{t('canvas.voting.hint')}</p>
      <div className="panel__row">
        <button
          type="button"
          className={`button${voting.revealed ? '' : ' button--primary'}`}
          aria-pressed={voting.revealed}
          onClick={toggleVotesRevealed}
        >
          {voting.revealed ? t('canvas.voting.hide') : t('canvas.voting.reveal')}
        </button>
        <button type="button" className="button" disabled={votes.length === 0} onClick={clearAllDots}>
          {t('canvas.voting.clear')}
        </button>
      </div>
    </section>
  );
}
