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
  return (
    <div className="agenda">
      <TimerPanel />
      <section className="agenda__plan" aria-labelledby="agenda-title">
        <div className="agenda__header">
          <h1 id="agenda-title">Agenda</h1>
          <p className="agenda__totals">
            {describeDuration(totals.plannedSeconds)} planned
            {totals.stepsRun > 0 && ` · ${describeDuration(totals.actualSeconds)} spent on ${totals.stepsRun} ${totals.stepsRun === 1 ? 'step' : 'steps'}`}
          </p>
        </div>
        <AgendaStepList />
        <button type="button" id="agenda-add-step" className="button editing-chrome" onClick={() => addStepAtEnd()}>
          Add step
        </button>
      </section>
    </div>
  );
}
