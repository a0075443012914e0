import { useTranslation } from 'react-i18next';
import { ActionButton } from '../common/ActionButton';
import { shortcutOf } from '../common/action';
import { useUiStore } from '../store/ui-store';
import { useEffect } from 'react';
import { api } from '../api/copstudio-api';
import { setSound, useFacilitationStore } from './facilitation-store';
import { TimerClock } from './TimerClock';
import { TimerControls } from './TimerControls';
import { TimeUpAnnouncer } from './TimeUpAnnouncer';
import { ThemePicker } from './ThemePicker';
import { useTimerView } from './use-timer-view';

/** Reads the sound preference once. */
function useSoundPreference() {
  const sound = useFacilitationStore((s) => s.sound);
  useEffect(() => {
    if (sound !== null) return;
    void api()
      .getPreferences()
      .then((result) => {
        if (result.ok && useFacilitationStore.getState().sound === null) setSound(result.value.timerSound);
      });
  }, [sound]);
}

/** The facilitation strip of the shell: the current step and its timer on every view, projector mode, theme. */
export function ShellTimer() {
  const view = useTimerView();
  const showAgenda = () => useUiStore.getState().setView('agenda');
  useSoundPreference();
  const { t } = useTranslation();
  return (
    <section className="shell-timer" aria-label={t('agenda.shell.label')}>
      <button
        type="button"
        className="shell-timer__step button button--quiet"
        onClick={showAgenda}
        title={t('agenda.shell.showAgenda', { key: shortcutOf('view.show.agenda') })}
      >
        <span className="visually-hidden">{t('agenda.shell.currentStep')}</span>
        {view.stepId ? `${view.position}. ${view.stepTitle}` : t('agenda.shell.noStep')}
      </button>
      <TimerClock view={view} size="compact" />
      {view.needsReminder && (
        <span className="shell-timer__reminder" role="status">
          {t('agenda.shell.notStarted')}
        </span>
      )}
      <TimerControls running={view.running} disabled={!view.stepId} compact />
      <ActionButton id="view.projector">{t('agenda.shell.projector')}</ActionButton>
      <ThemePicker />
      <TimeUpAnnouncer />
    </section>
  );
}
