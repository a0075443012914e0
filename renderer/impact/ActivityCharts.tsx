import { activitiesDonePerMonth, attendanceOverTime } from '../../shared/domain/impact-series';
import { ACTIVITY_TYPES } from '../../shared/schema';
import { ACTIVITY_TYPE_LABELS, formatDate, formatMonth } from '../common/labels';
import { useWorkshop } from '../store/workshop-store';
import { ChartFrame } from './charts/ChartFrame';
import { LineChart } from './charts/LineChart';
import { StackedBarChart } from './charts/StackedBarChart';

/** Activities done per month by type, and attendance over time. */
export function ActivityCharts() {
  const backlog = useWorkshop((w) => w.backlog);
  const impact = useWorkshop((w) => w.impact);
  const perMonth = activitiesDonePerMonth({ backlog, impact });
  const attendance = attendanceOverTime({ backlog, impact });
  const done = perMonth.months.reduce((n, m) => n + m.total, 0);
  const undated =
    perMonth.undated > 0
      ? ` ${perMonth.undated} done ${perMonth.undated === 1 ? 'activity has' : 'activities have'} no date and ${perMonth.undated === 1 ? 'is' : 'are'} not counted.`
      : '';
  const typeTotals = ACTIVITY_TYPES.map((t) => ({ t, n: perMonth.months.reduce((s, m) => s + m.byType[t], 0) })).sort((a, b) => b.n - a.n);

  return (
    <div className="impact__pair">
      <section className="card">
        {perMonth.months.length === 0 ? (
          <>
            <h3 className="chart__title">Activities done per month</h3>
            <p className="chart__summary">
              No dated activity in the backlog’s last column yet. Move finished activities there and give them a date (or
              record their outcome with a date).{undated}
            </p>
          </>
        ) : (
          <ChartFrame
            title="Activities done per month"
            summary={
              `${done} ${done === 1 ? 'activity' : 'activities'} done from ${formatMonth(perMonth.months[0]!.month)} to ` +
              `${formatMonth(perMonth.months[perMonth.months.length - 1]!.month)}; most often ${ACTIVITY_TYPE_LABELS[typeTotals[0]!.t].toLowerCase()} (${typeTotals[0]!.n}).${undated}`
            }
            chart={(labelledBy) => (
              <StackedBarChart
                categories={perMonth.months.map((m) => ({ key: m.month, label: formatMonth(m.month) }))}
                series={ACTIVITY_TYPES.map((t) => ({ key: t, label: ACTIVITY_TYPE_LABELS[t] }))}
                value={(month, type) => perMonth.months.find((m) => m.month === month)?.byType[type as (typeof ACTIVITY_TYPES)[number]] ?? 0}
                labelledBy={labelledBy}
              />
            )}
            table={
              <table className="data-table">
                <caption className="visually-hidden">Activities done per month, by type</caption>
                <thead>
                  <tr>
                    <th scope="col">Month</th>
                    {ACTIVITY_TYPES.filter((t) => perMonth.months.some((m) => m.byType[t] > 0)).map((t) => (
                      <th key={t} scope="col" className="number">
                        {ACTIVITY_TYPE_LABELS[t]}
                      </th>
                    ))}
                    <th scope="col" className="number">Total</th>
                  </tr>
                </thead>
                <tbody>
                  {perMonth.months.map((m) => (
                    <tr key={m.month}>
                      <th scope="row">{formatMonth(m.month)}</th>
                      {ACTIVITY_TYPES.filter((t) => perMonth.months.some((x) => x.byType[t] > 0)).map((t) => (
                        <td key={t} className="number">
                          {m.byType[t]}
                        </td>
                      ))}
                      <td className="number">{m.total}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
        )}
      </section>
      <section className="card">
        {attendance.length === 0 ? (
          <>
            <h3 className="chart__title">Attendance over time</h3>
            <p className="chart__summary">No attendance recorded yet: record the outcome of a done activity below.</p>
          </>
        ) : (
          <ChartFrame
            title="Attendance over time"
            summary={`${attendance.length} ${attendance.length === 1 ? 'activity' : 'activities'} with attendance, from ${formatDate(attendance[0]!.date)} to ${formatDate(attendance[attendance.length - 1]!.date)}; latest ${attendance[attendance.length - 1]!.attendance} people, highest ${Math.max(...attendance.map((a) => a.attendance))}.`}
            chart={(labelledBy) => (
              <LineChart points={attendance.map((a) => ({ date: a.date, value: a.attendance }))} unit="people" zeroBased labelledBy={labelledBy} />
            )}
            table={
              <table className="data-table">
                <caption className="visually-hidden">Attendance over time</caption>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Activity</th>
                    <th scope="col" className="number">Attendance</th>
                  </tr>
                </thead>
                <tbody>
                  {attendance.map((a, i) => (
                    <tr key={i}>
                      <th scope="row">{formatDate(a.date)}</th>
                      <td>{a.activityTitle}</td>
                      <td className="number">{a.attendance}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
        )}
      </section>
    </div>
  );
}
