import { useUiStore } from '../store/ui-store';
import { useWorkshop } from '../store/workshop-store';
import { ActivityCharts } from './ActivityCharts';
import { ObjectiveImpact } from './ObjectiveImpact';
import { OutcomesTable } from './OutcomesTable';
import '../common/feature.css';
import './impact.css';

export function ImpactView() {
  const goals = useWorkshop((w) => w.goals);
  const measurementCount = useWorkshop((w) => w.impact.measurements.length);
  const objectives = goals.flatMap((g) => g.objectives.map((o) => ({ goal: g, objective: o })));
  return (
    <div className="page impact">
      <header className="page__header">
        <h1>Impact</h1>
        <p className="page__summary">
          {objectives.length} {objectives.length === 1 ? 'objective' : 'objectives'} · {measurementCount}{' '}
          {measurementCount === 1 ? 'measurement' : 'measurements'}
        </p>
      </header>

      <section aria-labelledby="impact-objectives" className="impact__section">
        <h2 id="impact-objectives" className="impact__section-title">
          Progress toward the objectives
        </h2>
        {objectives.length === 0 ? (
          <div className="card">
            <p>No measurable objective yet. Give your goals objectives (indicator, baseline, target) to measure them here.</p>
            <button type="button" className="button" onClick={() => useUiStore.getState().setView('goals')}>
              Go to Goals
            </button>
          </div>
        ) : (
          <div className="impact__objectives">
            {objectives.map(({ goal, objective }) => (
              <ObjectiveImpact key={objective.id} goalTitle={goal.title} objective={objective} />
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="impact-activities" className="impact__section">
        <h2 id="impact-activities" className="impact__section-title">
          Activities
        </h2>
        <ActivityCharts />
      </section>

      <OutcomesTable />
    </div>
  );
}
