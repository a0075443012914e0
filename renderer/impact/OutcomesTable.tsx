import { useState } from 'react';
import { doneActivities, doneColumn } from '../../shared/domain/done-activities';
import { newId } from '../../shared/domain/ids';
import type { Activity, ActivityOutcome } from '../../shared/schema';
import { ACTIVITY_TYPE_LABELS, formatDate } from '../common/labels';
import { useWorkshop, useWorkshopStore } from '../store/workshop-store';
import { OutcomeDialog, type OutcomeDraft } from './OutcomeDialog';

/**
 * Outcomes of done activities — those in the backlog's last column ("Done" by default) — plus any other activity
 * that already has an outcome, so nothing recorded is hidden when a card moves back.
 */
export function OutcomesTable() {
  const backlog = useWorkshop((w) => w.backlog);
  const outcomes = useWorkshop((w) => w.impact.outcomes);
  const [editing, setEditing] = useState<{ activity: Activity; outcome: ActivityOutcome | null } | null>(null);
  const change = useWorkshopStore((s) => s.change);
  const done = doneActivities({ backlog });
  const doneIds = new Set(done.map((a) => a.id));
  const others = backlog.activities.filter((a) => !doneIds.has(a.id) && outcomes.some((o) => o.activityId === a.id));
  const rows = [...done, ...others];
  const columnTitle = doneColumn({ backlog })?.title ?? 'Done';

  const save = (draft: OutcomeDraft) => {
    if (!editing) return;
    const activityId = editing.activity.id;
    const outcomeId = editing.outcome?.id;
    change(outcomeId ? 'Edit outcome' : 'Record outcome', (w) => {
      const existing = w.impact.outcomes.find((o) => o.id === outcomeId);
      if (existing) Object.assign(existing, draft);
      else w.impact.outcomes.push({ id: newId(), activityId, ...draft });
    });
    setEditing(null);
  };

  return (
    <section className="card" aria-labelledby="outcomes-title">
      <h2 id="outcomes-title" className="impact__section-title">
        Outcomes of done activities
      </h2>
      {rows.length === 0 ? (
        <p className="empty-hint">No activity in “{columnTitle}” yet. Finished activities of the backlog show up here.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Activity</th>
              <th scope="col">Type</th>
              <th scope="col">Date</th>
              <th scope="col" className="number">Attendance</th>
              <th scope="col" className="number">Satisfaction</th>
              <th scope="col">Notes</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((activity) => {
              const outcome = outcomes.find((o) => o.activityId === activity.id) ?? null;
              return (
                <tr key={activity.id}>
                  <th scope="row">
                    {activity.title}
                    {!doneIds.has(activity.id) && <div className="muted">not in “{columnTitle}” any more</div>}
                  </th>
                  <td>{ACTIVITY_TYPE_LABELS[activity.type]}</td>
                  <td>{formatDate(outcome?.date ?? activity.date)}</td>
                  <td className="number">{outcome?.attendance ?? '—'}</td>
                  <td className="number">{outcome?.satisfaction ? `${outcome.satisfaction} / 5` : '—'}</td>
                  <td>{outcome?.notes}</td>
                  <td className="impact__row-actions">
                    <button type="button" className="button button--small" aria-label={`${outcome ? 'Edit' : 'Record'} outcome of ${activity.title}`}
                      onClick={() => setEditing({ activity, outcome })}>
                      {outcome ? 'Edit outcome' : 'Record outcome'}
                    </button>
                    {outcome && (
                      <button type="button" className="button button--small" aria-label={`Delete outcome of ${activity.title}`}
                        onClick={() => change('Delete outcome', (w) => void (w.impact.outcomes = w.impact.outcomes.filter((o) => o.id !== outcome.id)))}>
                        Delete
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
