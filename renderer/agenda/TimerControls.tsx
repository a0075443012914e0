import { useTranslation } from 'react-i18next';
import { findAction } from '../actions/app-actions';
import { adjustTimer, resetTimer, toggleTimer } from './facilitation-store';

/** The shortcut in aria-keyshortcuts' spelling: "Control+Shift+ArrowUp". */
const keys = (id: string) =>
  findAction(id)
    ?.shortcut?.split(' or ')[0]
    ?.replace('Ctrl', 'Control')
    .replace('Cmd', 'Meta')
    .replace(/\b(Up|Down)$/, 'Arrow$1');

/** Start/pause, −1 min, +1 min, reset: the same actions as the shortcuts and the menu. */
export function TimerControls(props: { running: boolean; disabled: boolean; compact?: boolean }) {
  const { running, disabled, compact } = props;
  const { t } = useTranslation();
  return (
    <div className="timer-controls" role="group" aria-label={t('agenda.timer.controls')}>
      <button
        type="button"
        className="button button--primary"
        disabled={disabled}
        onClick={toggleTimer}
        aria-keyshortcuts={keys('agenda.timer.toggle')}
        title={t('agenda.timer.toggleTitle', { key: findAction('agenda.timer.toggle')?.shortcut ?? '' })}
      >
        {running ? t('agenda.timer.pause') : t('agenda.timer.start')}
      </button>
      {!compact && (
        <>
          <button
            type="button"
            className="button"
            disabled={disabled}
            onClick={() => adjustTimer(-1)}
            aria-keyshortcuts={keys('agenda.timer.removeMinute')}
            title={t('agenda.timer.removeMinuteTitle', { key: findAction('agenda.timer.removeMinute')?.shortcut ?? '' })}
          >
            {t('agenda.timer.removeMinute')}
          </button>
          <button
            type="button"
            className="button"
            disabled={disabled}
            onClick={() => adjustTimer(1)}
            aria-keyshortcuts={keys('agenda.timer.addMinute')}
            title={t('agenda.timer.addMinuteTitle', { key: findAction('agenda.timer.addMinute')?.shortcut ?? '' })}
          >
            {t('agenda.timer.addMinute')}
          </button>
          <button
            type="button"
            className="button"
            disabled={disabled}
            onClick={resetTimer}
            aria-keyshortcuts={keys('agenda.timer.reset')}
            title={t('agenda.timer.resetTitle', { key: findAction('agenda.timer.reset')?.shortcut ?? '' })}
          >
            {t('agenda.timer.reset')}
          </button>
        </>
      )}
    </div>
  );
}
