import { useTranslation } from 'react-i18next';
import { findAction } from '../actions/app-actions';
import { leaveProjectorMode } from './projector';
import { goToAdjacentStep } from './step-navigation';
import { TimerClock } from './TimerClock';
import { TimeUpAnnouncer } from './TimeUpAnnouncer';
import { useTimerView } from './use-timer-view';
import { toggleTimer } from './facilitation-store';
import { useWorkshop } from '../store/workshop-store';
import { toggleVotesRevealed } from '../canvas/voting-commands';
import { RoomButton } from '../room/JoinPanel';

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
        <button
          type="button"
          className="button button--primary"
          disabled={!view.stepId}
          onClick={toggleTimer}
          aria-label={view.running ? t('agenda.timer.pause') : t('agenda.timer.start')}
          aria-keyshortcuts="Control+Shift+T"
          title={t('agenda.bar.toggleTitle', { key: findAction('agenda.timer.toggle')?.shortcut ?? '' })}
        >
          {view.running ? t('agenda.bar.pause') : t('agenda.bar.start')}
        </button>
        {props.voting && !revealed && (
          <button type="button" className="button" onClick={toggleVotesRevealed} aria-label={t('agenda.bar.revealLabel')} aria-keyshortcuts="R" title={t('agenda.bar.revealTitle')}>
            {t('agenda.bar.reveal')}
          </button>
        )}
        <RoomButton onlyWhenOpen />
        <button type="button" className="button" onClick={() => goToAdjacentStep(-1)} aria-label={t('agenda.bar.previous')} aria-keyshortcuts="PageUp" title={t('agenda.bar.previousTitle')}>
          ◀
        </button>
        <button type="button" className="button" onClick={() => goToAdjacentStep(1)} aria-label={t('agenda.bar.next')} aria-keyshortcuts="PageDown" title={t('agenda.bar.nextTitle')}>
          ▶
        </button>
        <button type="button" className="button" onClick={() => void leaveProjectorMode()} aria-label={t('agenda.bar.leave')} aria-keyshortcuts="Escape" title={t('agenda.bar.leaveTitle')}>
          ✕
        </button>
      </nav>
      <TimeUpAnnouncer />
    </header>
  );
}
