import { TimerClock } from './TimerClock';
import { TimeUpAnnouncer } from './TimeUpAnnouncer';
import { useTimerView } from './use-timer-view';
import { useWorkshop } from '../store/workshop-store';
import { ActionButton } from '../common/ActionButton';
import { RoomButton } from '../room/JoinPanel';

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
        <ActionButton id="agenda.timer.toggle" className="button button--primary" disabled={!view.stepId} aria-label={view.running ? 'Pause timer' : 'Start timer'}>
          {view.running ? 'Pause' : 'Start'}
        </ActionButton>
        {props.voting && !revealed && (
          <ActionButton id="projector.reveal" aria-label="Reveal votes">
            Reveal
          </ActionButton>
        )}
        <RoomButton onlyWhenOpen />
        <ActionButton id="agenda.step.previous" scope="projector" aria-label="Previous step">
          ◀
        </ActionButton>
        <ActionButton id="agenda.step.next" scope="projector" aria-label="Next step">
          ▶
        </ActionButton>
        <ActionButton id="view.projector.leave" aria-label="Leave projector mode">
          ✕
        </ActionButton>
      </nav>
      <TimeUpAnnouncer />
    </header>
  );
}
