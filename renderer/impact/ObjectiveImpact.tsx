import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { measurementsOf, objectiveProgress, percentOf, progressToTarget } from '../../shared/domain/progress';
import type { Objective } from '../../shared/schema';
import { formatDate, formatNumber } from '../common/labels';
import { useWorkshop } from '../store/workshop-store';
import { ChartFrame } from './charts/ChartFrame';
import { LineChart } from './charts/LineChart';
import { removeMeasurement } from './impact-commands';
import { MeasurementForm } from './MeasurementForm';

/** One objective: its progress over time toward the target, its measurements, and a form to record more. */
export const ObjectiveImpact = memo(function ObjectiveImpact(props: { goalTitle: string; objective: Objective }) {
  const { objective: o } = props;
  const { t } = useTranslation();
  const measurements = useWorkshop((w) => w.impact.measurements);
  const impact = { measurements, outcomes: [] };
  const series = measurementsOf({ impact }, o.id);
  const progress = objectiveProgress({ impact }, o);
  const unit = o.unit ? ` ${o.unit}` : '';
  const value = (v: number) => `${formatNumber(v)}${unit}`;

  const range = { baseline: value(o.baseline), target: value(o.target) };
  const summary =
    progress.kind === 'no-data'
      ? o.dueDate
        ? t('impact.objective.notMeasuredDue', { ...range, date: formatDate(o.dueDate) })
        : t('impact.objective.notMeasured', range)
      : [
          series.length === 1
            ? t('impact.objective.measuredOnce', { date: formatDate(series[0]!.date) })
            : t('impact.objective.measuredMany', {
                count: series.length,
                first: formatDate(series[0]!.date),
                last: formatDate(progress.latest.date),
              }),
          progress.kind === 'measured'
            ? t(progress.reached ? 'impact.objective.latestReached' : 'impact.objective.latestProgress', {
                ...range,
                value: value(progress.latest.value),
                percent: progress.percent,
              })
            : t('impact.objective.latest', { value: value(progress.latest.value) }),
        ].join(' ');

  return (
    <section className="card objective-impact" aria-label={t('impact.objective.label', { indicator: o.indicator })}>
      <p className="objective-impact__goal">{props.goalTitle}</p>
      {series.length === 0 ? (
        <>
          <h3 className="chart__title">{o.indicator}</h3>
          <p className="chart__summary">{summary}</p>
        </>
      ) : (
        <ChartFrame
          title={o.indicator}
          summary={summary}
          chart={(labelledBy) => (
            <LineChart points={series} baseline={o.baseline} target={o.target} unit={o.unit} labelledBy={labelledBy} />
          )}
          table={
            <table className="data-table">
              <caption className="visually-hidden">{t('impact.objective.measurementsOf', { indicator: o.indicator })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('impact.objective.date')}</th>
                  <th scope="col" className="number">
                    {t('impact.objective.value')}
                  </th>
                  <th scope="col" className="number">
                    {t('impact.objective.progress')}
                  </th>
                  <th scope="col">{t('impact.objective.note')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('impact.objective.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {series.map((m) => {
                  const percent = percentOf(progressToTarget(o, m.value));
                  return (
                    <tr key={m.id}>
                      <th scope="row">{formatDate(m.date)}</th>
                      <td className="number">{value(m.value)}</td>
                      <td className="number">{percent === null ? '—' : t('impact.percent', { percent })}</td>
                      <td>{m.note}</td>
                      <td>
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={t('impact.objective.deleteMeasurement', { date: formatDate(m.date) })}
                          onClick={() => removeMeasurement(m.id)}
                        >
                          {t('common.delete')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          }
        />
      )}
      <MeasurementForm objectiveId={o.id} indicator={o.indicator} unit={o.unit} />
    </section>
  );
});
