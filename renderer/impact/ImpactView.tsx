import { useTranslation } from 'react-i18next';
import { useUiStore } from '../store/ui-store';
import { useWorkshop } from '../store/workshop-store';
import { ActivityCharts } from './ActivityCharts';
import { ObjectiveImpact } from './ObjectiveImpact';
import { OutcomesTable } from './OutcomesTable';
import { HealthCheckPanel } from '../community/public';
import { StoriesPanel } from '../community/public';
import '../common/feature.css';
import './impact.css';

export function ImpactView() {
  const { t } = useTranslation();
  const goals = useWorkshop((w) => w.goals);
  const measurementCount = useWorkshop((w) => w.impact.measurements.length);
  const objectives = goals.flatMap((g) => g.objectives.map((o) => ({ goal: g, objective: o })));
  return (
    <div className="page impact">
      <header className="page__header">
        <h1>{t('impact.title')}</h1>
        <p className="page__summary">
          {t('impact.objectives', { count: objectives.length })} · {t('impact.measurements', { count: measurementCount })}
        </p>
      </header>

      <HealthCheckPanel />

      <section aria-labelledby="impact-objectives" className="impact__section">
        <h2 id="impact-objectives" className="impact__section-title">
          {t('impact.progressTitle')}
        </h2>
        {objectives.length === 0 ? (
          <div className="card">
            <p>{t('impact.noObjective')}</p>
            <button type="button" className="button" onClick={() => useUiStore.getState().setView('goals')}>
              {t('impact.goToGoals')}
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
          {t('impact.activitiesTitle')}
        </h2>
        <ActivityCharts />
      </section>

      <OutcomesTable />

      <StoriesPanel />
    </div>
  );
}
