import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { activitiesOfGoal } from '../../shared/domain/done-activities';
import { objectiveProgress } from '../../shared/domain/progress';
import type { Goal, Objective } from '../../shared/schema';
import { activityTypeLabel, formatDate, formatNumber } from '../common/labels';
import { useWorkshop } from '../store/workshop-store';
import { ProgressBar } from './ProgressBar';

export const GoalCard = memo(function GoalCard(props: {
  goal: Goal;
  onEdit: () => void;
  onDelete: () => void;
  onAddObjective: () => void;
  onEditObjective: (objective: Objective) => void;
  onDeleteObjective: (objective: Objective) => void;
}) {
  const { goal } = props;
  const { t } = useTranslation();
  const themes = useWorkshop((w) => w.canvas.themes);
  const backlog = useWorkshop((w) => w.backlog);
  const impact = useWorkshop((w) => w.impact);
  const activities = activitiesOfGoal({ backlog }, goal.id);
  const themeNames = goal.themeIds.map((id) => themes.find((t) => t.id === id)?.name).filter(Boolean);
  const headingId = `goal-${goal.id}`;

  return (
    <article className="card goal" aria-labelledby={headingId}>
      <div className="goal__intro">
        <header className="goal__header">
          <h2 id={headingId} className="goal__title">
            {goal.title}
          </h2>
          <button
            type="button"
            className="button button--small"
            aria-label={t('goals.card.edit', { title: goal.title })}
            onClick={props.onEdit}
          >
            {t('common.edit')}
          </button>
          <button
            type="button"
            className="button button--small"
            aria-label={t('goals.card.delete', { title: goal.title })}
            onClick={props.onDelete}
          >
            {t('common.delete')}
          </button>
        </header>
        {goal.why ? <p className="goal__why">{goal.why}</p> : <p className="empty-hint">{t('goals.card.whyMissing')}</p>}
        {themeNames.length > 0 && (
          <ul className="chips" aria-label={t('goals.card.themes')}>
            {themeNames.map((name) => (
              <li key={name} className="chip">
                {t('goals.card.theme', { name: name ?? '' })}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="goal__objectives">
        <h3 className="goal__subheading">{t('goals.card.objectives')}</h3>
        {goal.objectives.length === 0 ? (
          <p className="empty-hint">{t('goals.card.noObjective')}</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">{t('goals.card.objectivesOf', { title: goal.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('goals.card.indicator')}</th>
                <th scope="col" className="number">
                  {t('goals.card.baseline')}
                </th>
                <th scope="col" className="number">
                  {t('goals.card.target')}
                </th>
                <th scope="col">{t('goals.card.due')}</th>
                <th scope="col" className="number">
                  {t('goals.card.latest')}
                </th>
                <th scope="col">{t('goals.card.progress')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('goals.card.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {goal.objectives.map((o) => {
                const progress = objectiveProgress({ impact }, o);
                // A no-break space: a value never wraps away from its unit ("70 %") in a narrow column.
                const unit = o.unit ? `\u00a0${o.unit}` : '';
                return (
                  <tr key={o.id}>
                    <th scope="row">{o.indicator}</th>
                    <td className="number">
                      {formatNumber(o.baseline)}
                      {unit}
                    </td>
                    <td className="number">
                      {formatNumber(o.target)}
                      {unit}
                    </td>
                    <td>{formatDate(o.dueDate)}</td>
                    <td className="number">
                      {progress.kind === 'no-data' ? '—' : `${formatNumber(progress.latest.value)}${unit}`}
                      {progress.kind !== 'no-data' && <div className="muted goal__latest-date">{formatDate(progress.latest.date)}</div>}
                    </td>
                    <td>
                      <ProgressBar progress={progress} label={t('goals.card.progressOf', { indicator: o.indicator })} />
                    </td>
                    <td className="goal__row-actions">
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('goals.card.editObjective', { indicator: o.indicator })}
                        onClick={() => props.onEditObjective(o)}
                      >
                        {t('common.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('goals.card.deleteObjective', { indicator: o.indicator })}
                        onClick={() => props.onDeleteObjective(o)}
                      >
                        {t('common.delete')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <button
          type="button"
          className="button goal__add-objective"
          aria-label={t('goals.card.addObjectiveTo', { title: goal.title })}
          onClick={props.onAddObjective}
        >
          {t('goals.card.addObjective')}
        </button>
      </div>

      <div className="goal__linked">
        <h3 className="goal__subheading">{t('goals.card.activities', { count: activities.length })}</h3>
        {activities.length === 0 ? (
          <p className="empty-hint">{t('goals.card.noActivity')}</p>
        ) : (
          <ul className="goal__activities" aria-label={t('goals.card.activitiesFor', { title: goal.title })}>
            {activities.map(({ activity, columnTitle }) => (
              <li key={activity.id}>
                <span>{activity.title}</span>{' '}
                <span className="muted">
                  {t('goals.card.activityWhere', { type: activityTypeLabel(t, activity.type), column: columnTitle })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
});
