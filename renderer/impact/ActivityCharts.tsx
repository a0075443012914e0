import { useTranslation } from 'react-i18next';
import { activitiesDonePerMonth, attendanceOverTime } from '../../shared/domain/impact-series';
import { ACTIVITY_TYPES } from '../../shared/schema';
import { activityTypeLabel, formatDate, formatMonth, interfaceLanguage } from '../common/labels';
import { useWorkshop } from '../store/workshop-store';
import { ChartFrame } from './charts/ChartFrame';
import { LineChart } from './charts/LineChart';
import { StackedBarChart } from './charts/StackedBarChart';

/** Activities done per month by type, and attendance over time. */
export function ActivityCharts() {
  const { t } = useTranslation();
  const backlog = useWorkshop((w) => w.backlog);
  const impact = useWorkshop((w) => w.impact);
  const perMonth = activitiesDonePerMonth({ backlog, impact });
  const attendance = attendanceOverTime({ backlog, impact });
  const done = perMonth.months.reduce((n, m) => n + m.total, 0);
  const undated = perMonth.undated > 0 ? ` ${t('impact.perMonth.undated', { count: perMonth.undated })}` : '';
  const typeTotals = ACTIVITY_TYPES.map((t) => ({ t, n: perMonth.months.reduce((s, m) => s + m.byType[t], 0) })).sort((a, b) => b.n - a.n);

  return (
    <div className="impact__pair">
      <section className="card">
        {perMonth.months.length === 0 ? (
          <>
            <h3 className="chart__title">{t('impact.perMonth.title')}</h3>
            <p className="chart__summary">
              {t('impact.perMonth.none')}
              {undated}
            </p>
          </>
        ) : (
          <ChartFrame
            title={t('impact.perMonth.title')}
            summary={
              t('impact.perMonth.summary', {
                count: done,
                from: formatMonth(perMonth.months[0]!.month),
                to: formatMonth(perMonth.months[perMonth.months.length - 1]!.month),
                type: activityTypeLabel(t, typeTotals[0]!.t).toLocaleLowerCase(interfaceLanguage() === 'fr' ? 'fr' : 'en'),
                typeCount: typeTotals[0]!.n,
              }) + undated
            }
            chart={(labelledBy) => (
              <StackedBarChart
                categories={perMonth.months.map((m) => ({ key: m.month, label: formatMonth(m.month) }))}
                series={ACTIVITY_TYPES.map((type) => ({ key: type, label: activityTypeLabel(t, type) }))}
                value={(month, type) =>
                  perMonth.months.find((m) => m.month === month)?.byType[type as (typeof ACTIVITY_TYPES)[number]] ?? 0
                }
                labelledBy={labelledBy}
              />
            )}
            table={
              <table className="data-table">
                <caption className="visually-hidden">{t('impact.perMonth.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('impact.perMonth.month')}</th>
                    {ACTIVITY_TYPES.filter((type) => perMonth.months.some((m) => m.byType[type] > 0)).map((type) => (
                      <th key={type} scope="col" className="number">
                        {activityTypeLabel(t, type)}
                      </th>
                    ))}
                    <th scope="col" className="number">
                      {t('impact.perMonth.total')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {perMonth.months.map((m) => (
                    <tr key={m.month}>
                      <th scope="row">{formatMonth(m.month)}</th>
                      {ACTIVITY_TYPES.filter((type) => perMonth.months.some((x) => x.byType[type] > 0)).map((type) => (
                        <td key={type} className="number">
                          {m.byType[type]}
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
            <h3 className="chart__title">{t('impact.attendance.title')}</h3>
            <p className="chart__summary">{t('impact.attendance.none')}</p>
          </>
        ) : (
          <ChartFrame
            title={t('impact.attendance.title')}
            summary={t('impact.attendance.summary', {
              count: attendance.length,
              from: formatDate(attendance[0]!.date),
              to: formatDate(attendance[attendance.length - 1]!.date),
              latest: attendance[attendance.length - 1]!.attendance,
              highest: Math.max(...attendance.map((a) => a.attendance)),
            })}
            chart={(labelledBy) => (
              <LineChart
                points={attendance.map((a) => ({ date: a.date, value: a.attendance }))}
                unit={t('impact.attendance.unit')}
                zeroBased
                labelledBy={labelledBy}
              />
            )}
            table={
              <table className="data-table">
                <caption className="visually-hidden">{t('impact.attendance.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('impact.attendance.date')}</th>
                    <th scope="col">{t('impact.attendance.activity')}</th>
                    <th scope="col" className="number">
                      {t('impact.attendance.attendance')}
                    </th>
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
