import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/schema';
import { formatDate } from '../common/labels';

export const MemberCard = memo(function MemberCard(props: {
  member: Member;
  present: boolean;
  onPresentChange: (present: boolean) => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { member } = props;
  const { t } = useTranslation();
  return (
    <li className={`card member${props.present ? ' member--present' : ''}`}>
      <div className="member__main">
        <h3 className="member__name">{member.name}</h3>
        <p className="member__meta">
          {member.team && <span>{member.team}</span>}
          {member.joined && <span>{t('people.card.joined', { date: formatDate(member.joined) })}</span>}
          {member.contact && <span>{member.contact}</span>}
        </p>
        {member.interests.length > 0 && (
          <ul className="chips" aria-label={t('people.card.interests', { name: member.name })}>
            {member.interests.map((tag) => (
              <li key={tag} className="chip">
                {tag}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="member__actions">
        <label className="member__present">
          <input
            type="checkbox"
            checked={props.present}
            aria-label={t('people.card.isPresent', { name: member.name })}
            onChange={(e) => props.onPresentChange(e.target.checked)}
          />
          <span aria-hidden="true">{t('people.card.present')}</span>
        </label>
        <button
          type="button"
          className="button button--small"
          aria-label={t('people.card.edit', { name: member.name })}
          onClick={props.onEdit}
        >
          {t('common.edit')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t('people.card.delete', { name: member.name })}
          onClick={props.onDelete}
        >
          {t('common.delete')}
        </button>
      </div>
    </li>
  );
});
