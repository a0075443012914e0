import { useTranslation } from 'react-i18next';
import { agendaTotals } from '../../shared/domain/agenda-steps';
import { describeDuration } from '../../shared/domain/clock-format';
import { useWorkshop } from '../store/workshop-store';
import { addStepAtEnd } from './agenda-commands';
import { AgendaStepList } from './AgendaStepList';
import { TimerPanel } from './TimerPanel';
import './agenda.css';

/** The workshop's agenda: the current step and its timer, and the steps with their time boxes. */
export function AgendaView() {
  const agenda = useWorkshop((w) => w.agenda);
  const totals = agendaTotals(agenda);
  const { t } = useTranslation();
  return (
    <div className="agenda">
      <TimerPanel />
      <section className="agenda__plan" aria-labelledby="agenda-title">
        <div className="agenda__header">
          <h1 id="agenda-title">{t('agenda.title')}</h1>
          <p className="agenda__totals">
            {t('agenda.planned', { duration: describeDuration(totals.plannedSeconds) })}
            {totals.stepsRun > 0 && t('agenda.spent', { duration: describeDuration(totals.actualSeconds), count: totals.stepsRun })}
          </p>
        </div>
        <AgendaStepList />
        <button type="button" id="agenda-add-step" className="button editing-chrome" onClick={() => addStepAtEnd()}>
          {t('agenda.addStep')}
        </button>
      </section>
    </div>
  );
}
