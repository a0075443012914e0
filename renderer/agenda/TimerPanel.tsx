import { useTranslation } from 'react-i18next';
import { tr } from '../common/i18n';
import { currentStep } from '../../shared/domain/agenda-steps';
import { api, errorReason } from '../api/copstudio-api';
import { useUiStore } from '../store/ui-store';
import { useWorkshop } from '../store/workshop-store';
import { setSound, useFacilitationStore } from './facilitation-store';
import { openStepView } from './step-navigation';
import { TimerClock } from './TimerClock';
import { TimerControls } from './TimerControls';
import { useTimerView } from './use-timer-view';
import { stepViewLabel } from './view-labels';
import { shortcutOf } from '../common/action';
import { ActionButton } from '../common/ActionButton';
import { StepGuidePanel } from '../help/public';

async function changeSound(sound: boolean) {
  setSound(sound);
  const result = await api().setPreferences({ timerSound: sound });
  if (!result.ok) useUiStore.getState().notify('error', tr('agenda.panel.soundNotRemembered', { reason: errorReason(result.error) }));
}

/** The current step with its big countdown, its controls and the way to its view. */
export function TimerPanel() {
  const view = useTimerView();
  const step = useWorkshop((w) => currentStep(w.agenda));
  const sound = useFacilitationStore((s) => s.sound);
  const steps = useWorkshop((w) => w.agenda.steps.length);
  const { t } = useTranslation();
  return (
    <section className="timer-panel" aria-labelledby="timer-panel-title">
      <p className="timer-panel__position">
        {step ? t('agenda.panel.position', { position: view.position, count: steps }) : t('agenda.panel.noCurrent')}
      </p>
      <h2 id="timer-panel-title" className="timer-panel__title">
        {step?.title ?? t('agenda.panel.addToStart')}
      </h2>
      {step?.description && <p className="timer-panel__description">{step.description}</p>}
      <TimerClock view={view} size="large" />
      {view.needsReminder && (
        <p className="timer-panel__reminder" role="status">
          {t('agenda.panel.reminder', { key: shortcutOf('agenda.timer.toggle') })}
        </p>
      )}
      <TimerControls running={view.running} disabled={!step} />
      <div className="timer-panel__steps" role="group" aria-label={t('agenda.panel.steps')}>
        <ActionButton id="agenda.step.previous">{t('agenda.panel.previous')}</ActionButton>
        <ActionButton id="agenda.step.next">{t('agenda.panel.next')}</ActionButton>
        {step?.view && step.view !== 'agenda' && (
          <button type="button" className="button button--primary" onClick={() => openStepView(step)}>
            {t('agenda.row.open', { view: stepViewLabel(step) })}
          </button>
        )}
      </div>
      <label className="field field--check timer-panel__sound">
        <input type="checkbox" checked={sound ?? false} onChange={(event) => void changeSound(event.target.checked)} />
        <span>{t('agenda.panel.sound')}</span>
      </label>
      {step && <StepGuidePanel title={step.title} />}
    </section>
  );
}
