import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { doneActivities, doneColumn } from '../../shared/domain/done-activities';
import { doneDateOf } from '../../shared/domain/impact-series';
import type { Activity, ActivityOutcome } from '../../shared/schema';
import { activityTypeLabel, formatDate } from '../common/labels';
import { useWorkshop } from '../store/workshop-store';
import { removeOutcome, saveOutcomeDialog } from './impact-commands';
import { OutcomeDialog, type OutcomeDraft } from './OutcomeDialog';

/**
 * Outcomes of done activities — those in the backlog's last column ("Done" by default) — plus any other activity
 * that already has an outcome, so nothing recorded is hidden when a card moves back.
 */
export function OutcomesTable() {
  const { t } = useTranslation();
  const backlog = useWorkshop((w) => w.backlog);
  const outcomes = useWorkshop((w) => w.impact.outcomes);
  const [editing, setEditing] = useState<{ activity: Activity; outcome: ActivityOutcome | null } | null>(null);
  const done = doneActivities({ backlog });
  const doneIds = new Set(done.map((a) => a.id));
  const others = backlog.activities.filter((a) => !doneIds.has(a.id) && outcomes.some((o) => o.activityId === a.id));
  const rows = [...done, ...others];
  const columnTitle = doneColumn({ backlog })?.title ?? t('impact.outcomes.doneColumn');

  const save = (draft: OutcomeDraft) => {
    if (!editing) return;
    saveOutcomeDialog(editing.activity.id, editing.outcome?.id ?? null, draft);
    setEditing(null);
  };

  return (
    <section className="card" aria-labelledby="outcomes-title">
      <h2 id="outcomes-title" className="impact__section-title">
        {t('impact.outcomes.title')}
      </h2>
      {rows.length === 0 ? (
        <p className="empty-hint">{t('impact.outcomes.none', { column: columnTitle })}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('impact.outcomes.activity')}</th>
              <th scope="col">{t('impact.outcomes.type')}</th>
              <th scope="col">{t('impact.outcomes.date')}</th>
              <th scope="col" className="number">
                {t('impact.outcomes.attendance')}
              </th>
              <th scope="col" className="number">
                {t('impact.outcomes.satisfaction')}
              </th>
              <th scope="col">{t('impact.outcomes.notes')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('impact.outcomes.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((activity) => {
              const outcome = outcomes.find((o) => o.activityId === activity.id) ?? null;
              return (
                <tr key={activity.id}>
                  <th scope="row">
                    {activity.title}
                    {!doneIds.has(activity.id) && <div className="muted">{t('impact.outcomes.movedAway', { column: columnTitle })}</div>}
                  </th>
                  <td>{activityTypeLabel(t, activity.type)}</td>
                  <td>{formatDate(doneDateOf({ impact: { outcomes, measurements: [] } }, activity))}</td>
                  <td className="number">{outcome?.attendance ?? '—'}</td>
                  <td className="number">
                    {outcome?.satisfaction ? t('impact.outcomes.satisfactionOf5', { value: outcome.satisfaction }) : '—'}
                  </td>
                  <td>{outcome?.notes}</td>
                  <td className="impact__row-actions">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t(outcome ? 'impact.outcomes.editOutcomeOf' : 'impact.outcomes.recordOutcomeOf', {
                        title: activity.title,
                      })}
                      onClick={() => setEditing({ activity, outcome })}
                    >
                      {outcome ? t('impact.outcomes.edit') : t('impact.outcomes.record')}
                    </button>
                    {outcome && (
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('impact.outcomes.deleteOf', { title: activity.title })}
                        onClick={() => removeOutcome(outcome.id)}
                      >
                        {t('common.delete')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {editing && (
        <OutcomeDialog
          activityTitle={editing.activity.title}
          outcome={editing.outcome}
          defaultDate={editing.activity.date}
          onSubmit={save}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
