import { memo } from 'react';
import { formatAmount } from '../../shared/domain/sponsor-asks';
import { ASK_STATUSES, type AskStatus, type Goal, type Member, type SponsorAsk } from '../../shared/schema';
import { ASK_KIND_LABELS, ASK_STATUS_LABELS, formatDate } from '../common/labels';

export const AskCard = memo(function AskCard(props: {
  ask: SponsorAsk;
  sponsor: Member | null;
  goals: readonly Goal[];
  onStatus: (status: AskStatus) => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { ask } = props;
  const amount = formatAmount(ask);
  const headingId = `ask-${ask.id}`;
  const statusId = `ask-status-${ask.id}`;
  return (
    <article className={`card ask ask--${ask.status}`} aria-labelledby={headingId}>
      <header className="ask__header">
        <span className="chip">{ASK_KIND_LABELS[ask.kind]}</span>
        <h2 id={headingId} className="ask__what">
          {ask.what}
        </h2>
      </header>
      <dl className="ask__facts">
        <dt>Amount</dt>
        <dd>{amount || <span className="muted">not set</span>}</dd>
        <dt>Of whom</dt>
        <dd>{props.sponsor ? `${props.sponsor.name}${props.sponsor.team ? `, ${props.sponsor.team}` : ''}` : <span className="muted">no sponsor yet</span>}</dd>
        <dt>Why</dt>
        <dd>
          {props.goals.length === 0 ? (
            <span className="muted">no goal linked</span>
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
            <dt>Asked on</dt>
            <dd>{formatDate(ask.askedOn)}</dd>
          </>
        )}
        {ask.decidedOn && (
          <>
            <dt>{ask.status === 'refused' ? 'Refused on' : 'Decided on'}</dt>
            <dd>{formatDate(ask.decidedOn)}</dd>
          </>
        )}
      </dl>
      {ask.notes && <p className="ask__notes">{ask.notes}</p>}
      <footer className="ask__footer">
        <label htmlFor={statusId} className="ask__status-label">
          Status
        </label>
        <select
          id={statusId}
          className="input ask__status"
          aria-label={`Status of ${ask.what}`}
          value={ask.status}
          onChange={(e) => props.onStatus(e.target.value as AskStatus)}
        >
          {ASK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ASK_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <span className="ask__spacer" />
        <button type="button" className="button button--small" aria-label={`Edit ask ${ask.what}`} onClick={props.onEdit}>
          Edit
        </button>
        <button type="button" className="button button--small" aria-label={`Delete ask ${ask.what}`} onClick={props.onDelete}>
          Delete
        </button>
      </footer>
    </article>
  );
});
