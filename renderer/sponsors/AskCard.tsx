import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmount } from '../../shared/domain/sponsor-asks';
import { ASK_STATUSES, type AskStatus, type Goal, type Member, type SponsorAsk } from '../../shared/schema';
import { askKindLabel, askStatusLabel, formatDate, formatNumber } from '../common/labels';

export const AskCard = memo(function AskCard(props: {
  ask: SponsorAsk;
  sponsor: Member | null;
  goals: readonly Goal[];
  onStatus: (status: AskStatus) => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { ask } = props;
  const { t } = useTranslation();
  const amount = formatAmount(ask, formatNumber);
  const headingId = `ask-${ask.id}`;
  const statusId = `ask-status-${ask.id}`;
  return (
    <article className={`card ask ask--${ask.status}`} aria-labelledby={headingId}>
      <header className="ask__header">
        <span className="chip">{askKindLabel(t, ask.kind)}</span>
        <h2 id={headingId} className="ask__what">
          {ask.what}
        </h2>
      </header>
      <dl className="ask__facts">
        <dt>{t('sponsors.card.amount')}</dt>
        <dd>{amount || <span className="muted">{t('sponsors.card.amountMissing')}</span>}</dd>
        <dt>{t('sponsors.card.ofWhom')}</dt>
        <dd>
          {props.sponsor ? (
            `${props.sponsor.name}${props.sponsor.team ? `, ${props.sponsor.team}` : ''}`
          ) : (
            <span className="muted">{t('sponsors.card.noSponsor')}</span>
          )}
        </dd>
        <dt>{t('sponsors.card.why')}</dt>
        <dd>
          {props.goals.length === 0 ? (
            <span className="muted">{t('sponsors.card.noGoal')}</span>
          ) : (
            <ul className="ask__goals">
              {props.goals.map((g) => (
                <li key={g.id}>{g.title}</li>
              ))}
            </ul>
          )}
        </dd>
        {ask.askedOn && (
          <>
            <dt>{t('sponsors.card.askedOn')}</dt>
            <dd>{formatDate(ask.askedOn)}</dd>
          </>
        )}
        {ask.decidedOn && (
          <>
            <dt>{ask.status === 'refused' ? t('sponsors.card.refusedOn') : t('sponsors.card.decidedOn')}</dt>
            <dd>{formatDate(ask.decidedOn)}</dd>
          </>
        )}
      </dl>
      {ask.notes && <p className="ask__notes">{ask.notes}</p>}
      <footer className="ask__footer">
        <label htmlFor={statusId} className="ask__status-label">
          {t('sponsors.card.status')}
        </label>
        <select
          id={statusId}
          className="input ask__status"
          aria-label={t('sponsors.card.statusOf', { what: ask.what })}
          value={ask.status}
          onChange={(e) => props.onStatus(e.target.value as AskStatus)}
        >
          {ASK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {askStatusLabel(t, s)}
            </option>
          ))}
        </select>
        <span className="ask__spacer" />
        <button
          type="button"
          className="button button--small"
          aria-label={t('sponsors.card.edit', { what: ask.what })}
          onClick={props.onEdit}
        >
          {t('common.edit')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t('sponsors.card.delete', { what: ask.what })}
          onClick={props.onDelete}
        >
          {t('common.delete')}
        </button>
      </footer>
    </article>
  );
});
