import { STATUS_LABEL, type TimerView } from './use-timer-view';

/**
 * The countdown itself. At zero the clock turns to the "time is up" colours and says so in words (not by
 * colour alone); the overrun keeps counting with a plus sign.
 */
export function TimerClock(props: { view: TimerView; size: 'compact' | 'large' | 'projector' }) {
  const { view, size } = props;
  return (
    <div className={`timer-clock timer-clock--${size} timer-clock--${view.status}`} role="timer" aria-label={`Timer of ${view.stepTitle}`}>
      <span className="timer-clock__digits" aria-hidden="true">
        {view.clock}
      </span>
      <span className="timer-clock__status">
        <span className="visually-hidden">{view.description}. </span>
        {STATUS_LABEL[view.status]}
      </span>
    </div>
  );
}
