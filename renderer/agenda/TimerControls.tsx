import { useTranslation } from 'react-i18next';
import { ActionButton } from '../common/ActionButton';

/** Start/pause, −1 min, +1 min, reset: the same actions as the shortcuts and the menu. */
export function TimerControls(props: { running: boolean; disabled: boolean; compact?: boolean }) {
  const { running, disabled, compact } = props;
  const { t } = useTranslation();
  return (
    <div className="timer-controls" role="group" aria-label={t('agenda.timer.controls')}>
      <ActionButton id="agenda.timer.toggle" className="button button--primary" disabled={disabled}>
        {running ? t('agenda.timer.pause') : t('agenda.timer.start')}
      </ActionButton>
      {!compact && (
        <>
          <ActionButton id="agenda.timer.removeMinute" disabled={disabled}>
            {t('agenda.timer.removeMinute')}
          </ActionButton>
          <ActionButton id="agenda.timer.addMinute" disabled={disabled}>
            {t('agenda.timer.addMinute')}
          </ActionButton>
          <ActionButton id="agenda.timer.reset" disabled={disabled}>
            {t('agenda.timer.reset')}
          </ActionButton>
        </>
      )}
    </div>
  );
}
