import { memo } from 'react';
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
  return (
    <li className={`card member${props.present ? ' member--present' : ''}`}>
      <div className="member__main">
        <h3 className="member__name">{member.name}</h3>
        <p className="member__meta">
          {member.team && <span>{member.team}</span>}
          {member.joined && <span>joined {formatDate(member.joined)}</span>}
          {member.contact && <span>{member.contact}</span>}
        </p>
        {member.interests.length > 0 && (
          <ul className="chips" aria-label={`Interests of ${member.name}`}>
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
            aria-label={`${member.name} is present at this workshop`}
            onChange={(e) => props.onPresentChange(e.target.checked)}
          />
          <span aria-hidden="true">Present</span>
        </label>
        <button type="button" className="button button--small" aria-label={`Edit ${member.name}`} onClick={props.onEdit}>
          Edit
        </button>
        <button type="button" className="button button--small" aria-label={`Delete ${member.name}`} onClick={props.onDelete}>
          Delete
        </button>
      </div>
    </li>
  );
});
