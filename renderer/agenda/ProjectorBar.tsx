import { leaveProjectorMode } from './projector';
import { goToAdjacentStep } from './step-navigation';
import { TimerClock } from './TimerClock';
import { TimeUpAnnouncer } from './TimeUpAnnouncer';
import { useTimerView } from './use-timer-view';
import { toggleTimer } from './facilitation-store';
import { useWorkshop } from '../store/workshop-store';
import { toggleVotesRevealed } from '../canvas/public';
import { RoomButton } from '../room/public';

/**
 * Projector mode's only chrome, on one row (≤ 15 % of the height): the step, its timer, and the facilitation
 * controls — timer, previous/next step, reveal (on the dot vote, until revealed), leave. Everything else is a
 * shortcut or a menu command.
 */
export function ProjectorBar(props: { voting: boolean }) {
  const view = useTimerView();
  const revealed = useWorkshop((w) => w.canvas.voting.revealed);
  return (
    <header className="projector-bar" aria-label="Current step">
      <div className="projector-bar__step">
        <p className="projector-bar__position">
          <span className="visually-hidden">Step </span>
          {view.position}/{view.count}
        </p>
        <h1 className="projector-bar__title">{view.stepTitle}</h1>
      </div>
      <TimerClock view={view} size="projector" />
      <nav className="projector-bar__controls" aria-label="Projector controls">
        <button
          type="button"
          className="button button--primary"
          disabled={!view.stepId}
          onClick={toggleTimer}
          aria-label={view.running ? 'Pause timer' : 'Start timer'}
          aria-keyshortcuts="Control+Shift+T"
          title="Start or pause the timer (Ctrl+Shift+T)"
        >
          {view.running ? 'Pause' : 'Start'}
        </button>
        {props.voting && !revealed && (
          <button type="button" className="button" onClick={toggleVotesRevealed} aria-label="Reveal votes" aria-keyshortcuts="R" title="Reveal the votes (R)">
            Reveal
          </button>
        )}
        <RoomButton onlyWhenOpen />
        <button type="button" className="button" onClick={() => goToAdjacentStep(-1)} aria-label="Previous step" aria-keyshortcuts="PageUp" title="Previous step (Page Up)">
          ◀
        </button>
        <button type="button" className="button" onClick={() => goToAdjacentStep(1)} aria-label="Next step" aria-keyshortcuts="PageDown" title="Next step (Page Down)">
          ▶
        </button>
        <button type="button" className="button" onClick={() => void leaveProjectorMode()} aria-label="Leave projector mode" aria-keyshortcuts="Escape" title="Leave projector mode (Esc)">
          ✕
        </button>
      </nav>
      <TimeUpAnnouncer />
    </header>
  );
}
