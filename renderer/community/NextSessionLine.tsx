import { useTranslation } from 'react-i18next';
import { formatDate } from '../common/labels';

/** "Next session: 12 Jan 2027" on a recent file of the welcome screen; nothing when no date is set. */
export function NextSessionLine(props: { date: string | undefined }) {
  const { t } = useTranslation();
  if (!props.date) return null;
  return <span className="welcome__recent-next">{t('community.nextSession', { date: formatDate(props.date) })}</span>;
}
