import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bestStories } from '../../shared/domain/value-stories';
import { formatDate } from '../common/labels';
import { useWorkshop } from '../store/workshop-store';
import './community.css';

/** The sponsor pitch's best value stories (featured first, then the furthest along the value cycles); nothing when there is none. */
export function PitchStories() {
  const { t } = useTranslation();
  const community = useWorkshop((w) => w.community);
  const stories = useMemo(() => bestStories({ community }, 2), [community]);
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby="pitch-stories" className="pitch__stories">
      <h2 id="pitch-stories" className="pitch__section-title">
        {t('community.stories.title')}
      </h2>
      <ul className="story-list">
        {stories.map((s) => (
          <li key={s.id} className="story-list__item">
            <h3>{s.title}</h3>
            <p className="muted">
              {t('community.stories.meta', {
                date: formatDate(s.date),
                cycle: t(`community.cycleName.${s.cycle}`),
                beneficiaries: s.beneficiaries || '—',
              })}
            </p>
            {s.happened && <p>{s.happened}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
