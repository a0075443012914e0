import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { nextOccurrences } from '../../shared/domain/recurrence';
import type { Activity } from '../../shared/schema';
import { formatDate } from '../common/labels';
import { localToday } from './community-commands';

type Recurrence = NonNullable<Activity['recurrence']>;

/** On a backlog card: the next dates of a recurring activity ("Next: 8 Dec 2026, 15 Dec 2026"). */
export function RecurrenceFact(props: { activity: Activity }) {
  const { t } = useTranslation();
  if (!props.activity.recurrence) return null;
  const dates = nextOccurrences(props.activity, localToday(), 3);
  if (dates.length === 0) return null;
  return (
    <span className="card__recurrence">
      {t(`community.rhythm.${props.activity.recurrence.every}`)} ·{' '}
      {t('community.rhythm.next', { dates: dates.map((d) => formatDate(d)).join(', ') })}
    </span>
  );
}

/** In the activity dialog: once, every week, every month. */
export function RecurrenceField(props: { value: Recurrence | null; onChange: (value: Recurrence | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('community.rhythm.repeats')}</label>
      <select
        id={id}
        value={props.value?.every ?? ''}
        onChange={(e) => props.onChange(e.target.value === 'week' || e.target.value === 'month' ? { every: e.target.value } : null)}
      >
        <option value="">{t('community.rhythm.once')}</option>
        <option value="week">{t('community.rhythm.week')}</option>
        <option value="month">{t('community.rhythm.month')}</option>
      </select>
    </div>
  );
}
