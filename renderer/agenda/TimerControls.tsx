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
  return (
    <div className="timer-controls" role="group" aria-label="Timer controls">
      <button
        type="button"
        className="button button--primary"
        disabled={disabled}
        onClick={toggleTimer}
        aria-keyshortcuts={keys('agenda.timer.toggle')}
        title={`Start or pause the timer (${findAction('agenda.timer.toggle')?.shortcut})`}
      >
        {running ? 'Pause timer' : 'Start timer'}
      </button>
      {!compact && (
        <>
          <button
            type="button"
            className="button"
            disabled={disabled}
            onClick={() => adjustTimer(-1)}
            aria-keyshortcuts={keys('agenda.timer.removeMinute')}
            title={`Remove a minute (${findAction('agenda.timer.removeMinute')?.shortcut})`}
          >
            −1 min
          </button>
          <button
            type="button"
            className="button"
            disabled={disabled}
            onClick={() => adjustTimer(1)}
            aria-keyshortcuts={keys('agenda.timer.addMinute')}
            title={`Add a minute (${findAction('agenda.timer.addMinute')?.shortcut})`}
          >
            +1 min
          </button>
          <button
            type="button"
            className="button"
            disabled={disabled}
            onClick={resetTimer}
            aria-keyshortcuts={keys('agenda.timer.reset')}
            title={`Reset the timer (${findAction('agenda.timer.reset')?.shortcut})`}
          >
            Reset timer
          </button>
        </>
      )}
    </div>
  );
}
