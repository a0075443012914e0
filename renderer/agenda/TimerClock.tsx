import { useTranslation } from 'react-i18next';
import type { TimerView } from './use-timer-view';

/**
 * The countdown itself. At zero the clock turns to the "time is up" colours and says so in words (not by
 * colour alone); the overrun keeps counting with a plus sign.
 */
export function TimerClock(props: { view: TimerView; size: 'compact' | 'large' | 'projector' }) {
  const { view, size } = props;
  const { t } = useTranslation();
  return (
    <div
      className={`timer-clock timer-clock--${size} timer-clock--${view.status}`}
      role="timer"
      aria-label={t('agenda.timer.of', { step: view.stepTitle })}
    >
      <span className="timer-clock__digits" aria-hidden="true">
        {view.clock}
      </span>
      <span className="timer-clock__status">
        <span className="visually-hidden">{view.description}. </span>
        {t(`agenda.timer.status.${view.status}`)}
      </span>
    </div>
  );
}
