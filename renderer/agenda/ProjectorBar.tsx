import { useTranslation } from 'react-i18next';
import { TimerClock } from './TimerClock';
import { TimeUpAnnouncer } from './TimeUpAnnouncer';
import { useTimerView } from './use-timer-view';
import { useWorkshop } from '../store/workshop-store';
import { ActionButton } from '../common/ActionButton';
import { RoomButton } from '../room/public';

/**
 * Projector mode's only chrome, on one row (≤ 15 % of the height): the step, its timer, and the facilitation
 * controls — timer, previous/next step, reveal (on the dot vote, until revealed), leave. Everything else is a
 * shortcut or a menu command.
 */
export function ProjectorBar(props: { voting: boolean }) {
  const view = useTimerView();
  const revealed = useWorkshop((w) => w.canvas.voting.revealed);
  const { t } = useTranslation();
  return (
    <header className="projector-bar" aria-label={t('agenda.bar.label')}>
      <div className="projector-bar__step">
        <p className="projector-bar__position">
          <span className="visually-hidden">{t('agenda.bar.step')}</span>
          {view.position}/{view.count}
        </p>
        <h1 className="projector-bar__title">{view.stepTitle}</h1>
      </div>
      <TimerClock view={view} size="projector" />
      <nav className="projector-bar__controls" aria-label={t('agenda.bar.controls')}>
        <ActionButton
          id="agenda.timer.toggle"
          className="button button--primary"
          disabled={!view.stepId}
          aria-label={view.running ? t('agenda.timer.pause') : t('agenda.timer.start')}
        >
          {view.running ? t('agenda.bar.pause') : t('agenda.bar.start')}
        </ActionButton>
        {props.voting && !revealed && (
          <ActionButton id="projector.reveal" aria-label={t('agenda.bar.revealLabel')}>
            {t('agenda.bar.reveal')}
          </ActionButton>
        )}
        <RoomButton onlyWhenOpen />
        <ActionButton id="agenda.step.previous" scope="projector" aria-label={t('agenda.bar.previous')}>
          ◀
        </ActionButton>
        <ActionButton id="agenda.step.next" scope="projector" aria-label={t('agenda.bar.next')}>
          ▶
        </ActionButton>
        <ActionButton id="view.projector.leave" aria-label={t('agenda.bar.leave')}>
          ✕
        </ActionButton>
      </nav>
      <TimeUpAnnouncer />
    </header>
  );
}
