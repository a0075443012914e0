import { currentStep } from '../../shared/domain/agenda-steps';
import { useWorkshop } from '../store/workshop-store';
import { leaveProjectorMode } from './projector';
import { goToAdjacentStep } from './step-navigation';
import { TimerClock } from './TimerClock';
import { TimerControls } from './TimerControls';
import { TimeUpAnnouncer } from './TimeUpAnnouncer';
import { useTimerView } from './use-timer-view';
import { RoomButton } from '../room/JoinPanel';

/** Projector mode's only chrome: the current step, its big timer, and the few controls a facilitator needs. */
export function ProjectorBar() {
  const view = useTimerView();
  const description = useWorkshop((w) => currentStep(w.agenda)?.description ?? '');
  return (
    <header className="projector-bar" aria-label="Current step">
      <div className="projector-bar__step">
        <p className="projector-bar__position">
          Step {view.position} of {view.count}
        </p>
        <h1 className="projector-bar__title">{view.stepTitle}</h1>
        {description && <p className="projector-bar__description">{description}</p>}
      </div>
      <TimerClock view={view} size="projector" />
      <nav className="projector-bar__controls" aria-label="Projector controls">
        {view.needsReminder && (
          <p className="projector-bar__reminder" role="status">
            Timer not started
          </p>
        )}
        <TimerControls running={view.running} disabled={!view.stepId} compact />
        <RoomButton onlyWhenOpen />
        <button type="button" className="button" onClick={() => goToAdjacentStep(-1)} title="Previous step (Page Up)">
          Previous step
        </button>
        <button type="button" className="button" onClick={() => goToAdjacentStep(1)} title="Next step (Page Down)">
          Next step
        </button>
        <button type="button" className="button" onClick={() => void leaveProjectorMode()} aria-keyshortcuts="Escape" title="Leave projector mode (Esc)">
          Leave projector mode
        </button>
      </nav>
      <TimeUpAnnouncer />
    </header>
  );
}
