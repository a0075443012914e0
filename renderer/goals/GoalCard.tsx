import { memo } from 'react';
import { activitiesOfGoal } from '../../shared/domain/done-activities';
import { objectiveProgress } from '../../shared/domain/progress';
import type { Goal, Objective } from '../../shared/schema';
import { ACTIVITY_TYPE_LABELS, formatDate, formatNumber } from '../common/labels';
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
          <button type="button" className="button button--small" aria-label={`Edit goal ${goal.title}`} onClick={props.onEdit}>
            Edit
          </button>
          <button type="button" className="button button--small" aria-label={`Delete goal ${goal.title}`} onClick={props.onDelete}>
            Delete
          </button>
        </header>
        {goal.why ? <p className="goal__why">{goal.why}</p> : <p className="empty-hint">Why it matters: not written yet.</p>}
        {themeNames.length > 0 && (
          <ul className="chips" aria-label="Canvas themes">
            {themeNames.map((name) => (
              <li key={name} className="chip">
                Theme: {name}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="goal__objectives">
        <h3 className="goal__subheading">Objectives</h3>
        {goal.objectives.length === 0 ? (
          <p className="empty-hint">No measurable objective yet.</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">Objectives of {goal.title}</caption>
            <thead>
              <tr>
                <th scope="col">Indicator</th>
                <th scope="col" className="number">Baseline</th>
                <th scope="col" className="number">Target</th>
                <th scope="col">Due</th>
                <th scope="col" className="number">Latest</th>
                <th scope="col">Progress</th>
                <th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {goal.objectives.map((o) => {
                const progress = objectiveProgress({ impact }, o);
                const unit = o.unit ? ` ${o.unit}` : '';
                return (
                  <tr key={o.id}>
                    <th scope="row">{o.indicator}</th>
                    <td className="number">{formatNumber(o.baseline)}{unit}</td>
                    <td className="number">{formatNumber(o.target)}{unit}</td>
                    <td>{formatDate(o.dueDate)}</td>
                    <td className="number">
                      {progress.kind === 'no-data' ? '—' : `${formatNumber(progress.latest.value)}${unit}`}
                      {progress.kind !== 'no-data' && <div className="muted goal__latest-date">{formatDate(progress.latest.date)}</div>}
                    </td>
                    <td>
                      <ProgressBar progress={progress} label={`Progress of ${o.indicator}`} />
                    </td>
                    <td className="goal__row-actions">
                      <button type="button" className="button button--small" aria-label={`Edit objective ${o.indicator}`}
                        onClick={() => props.onEditObjective(o)}>
                        Edit
                      </button>
                      <button type="button" className="button button--small" aria-label={`Delete objective ${o.indicator}`}
                        onClick={() => props.onDeleteObjective(o)}>
                        Delete
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <button type="button" className="button goal__add-objective" aria-label={`Add objective to ${goal.title}`} onClick={props.onAddObjective}>
          Add objective
        </button>
      </div>

      <div className="goal__linked">
        <h3 className="goal__subheading">Activities ({activities.length})</h3>
        {activities.length === 0 ? (
          <p className="empty-hint">No backlog activity is linked to this goal yet (link them from the backlog).</p>
        ) : (
          <ul className="goal__activities" aria-label={`Activities for ${goal.title}`}>
            {activities.map(({ activity, columnTitle }) => (
              <li key={activity.id}>
                <span>{activity.title}</span>{' '}
                <span className="muted">
                  — {ACTIVITY_TYPE_LABELS[activity.type]}, {columnTitle}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
});
