import { memo } from 'react';
import { measurementsOf, objectiveProgress, percentOf, progressToTarget } from '../../shared/domain/progress';
import type { Objective } from '../../shared/schema';
import { formatDate, formatNumber } from '../common/labels';
import { useWorkshop, useWorkshopStore } from '../store/workshop-store';
import { ChartFrame } from './charts/ChartFrame';
import { LineChart } from './charts/LineChart';
import { MeasurementForm } from './MeasurementForm';

/** One objective: its progress over time toward the target, its measurements, and a form to record more. */
export const ObjectiveImpact = memo(function ObjectiveImpact(props: { goalTitle: string; objective: Objective }) {
  const { objective: o } = props;
  const measurements = useWorkshop((w) => w.impact.measurements);
  const impact = { measurements, outcomes: [] };
  const series = measurementsOf({ impact }, o.id);
  const progress = objectiveProgress({ impact }, o);
  const unit = o.unit ? ` ${o.unit}` : '';
  const value = (v: number) => `${formatNumber(v)}${unit}`;

  const summary =
    progress.kind === 'no-data'
      ? `From ${value(o.baseline)} to ${value(o.target)}${o.dueDate ? ` by ${formatDate(o.dueDate)}` : ''}. Not measured yet.`
      : (series.length === 1
          ? `1 measurement, on ${formatDate(series[0]!.date)}. `
          : `${series.length} measurements from ${formatDate(series[0]!.date)} to ${formatDate(progress.latest.date)}. `) +
        `Latest ${value(progress.latest.value)}` +
        (progress.kind === 'measured'
          ? `: ${progress.percent} % of the way from ${value(o.baseline)} to ${value(o.target)}${progress.reached ? ' — target reached' : ''}.`
          : '.');

  const remove = (id: string) =>
    useWorkshopStore.getState().change('Delete measurement', (w) => {
      w.impact.measurements = w.impact.measurements.filter((m) => m.id !== id);
    });

  return (
    <section className="card objective-impact" aria-label={`Objective: ${o.indicator}`}>
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
          chart={(labelledBy) => <LineChart points={series} baseline={o.baseline} target={o.target} unit={o.unit} labelledBy={labelledBy} />}
          table={
            <table className="data-table">
              <caption className="visually-hidden">Measurements of {o.indicator}</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col" className="number">Value</th>
                  <th scope="col" className="number">Progress</th>
                  <th scope="col">Note</th>
                  <th scope="col"><span className="visually-hidden">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {series.map((m) => {
                  const percent = percentOf(progressToTarget(o, m.value));
                  return (
                    <tr key={m.id}>
                      <th scope="row">{formatDate(m.date)}</th>
                      <td className="number">{value(m.value)}</td>
                      <td className="number">{percent === null ? '—' : `${percent} %`}</td>
                      <td>{m.note}</td>
                      <td>
                        <button type="button" className="button button--small" aria-label={`Delete measurement of ${formatDate(m.date)}`}
                          onClick={() => remove(m.id)}>
                          Delete
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
