import { useFacilitationStore } from './facilitation-store';
import { useTimerView } from './use-timer-view';

/** Says once, to screen readers, that the time box is over (the visual signal is the clock itself). */
export function TimeUpAnnouncer() {
  const signalled = useFacilitationStore((s) => s.signalled);
  const { stepTitle } = useTimerView();
  return (
    <div className="visually-hidden" role="alert">
      {signalled ? `Time is up for ${stepTitle}.` : ''}
    </div>
  );
}
