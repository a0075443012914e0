import { ActionButton } from '../common/ActionButton';

/** Start/pause, −1 min, +1 min, reset: the same actions as the shortcuts and the menu. */
export function TimerControls(props: { running: boolean; disabled: boolean; compact?: boolean }) {
  const { running, disabled, compact } = props;
  return (
    <div className="timer-controls" role="group" aria-label="Timer controls">
      <ActionButton id="agenda.timer.toggle" className="button button--primary" disabled={disabled}>
        {running ? 'Pause timer' : 'Start timer'}
      </ActionButton>
      {!compact && (
        <>
          <ActionButton id="agenda.timer.removeMinute" disabled={disabled}>
            −1 min
          </ActionButton>
          <ActionButton id="agenda.timer.addMinute" disabled={disabled}>
            +1 min
          </ActionButton>
          <ActionButton id="agenda.timer.reset" disabled={disabled}>
            Reset timer
          </ActionButton>
        </>
      )}
    </div>
  );
}
