import { useTranslation } from 'react-i18next';
import { useFacilitationStore } from './facilitation-store';
import { useTimerView } from './use-timer-view';

/** Says once, to screen readers, that the time box is over (the visual signal is the clock itself). */
export function TimeUpAnnouncer() {
  const signalled = useFacilitationStore((s) => s.signalled);
  const { stepTitle } = useTimerView();
  const { t } = useTranslation();
  return (
    <div className="visually-hidden" role="alert">
      {signalled ? t('agenda.timer.timeUp', { step: stepTitle }) : ''}
    </div>
  );
}
