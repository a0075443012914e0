import { useTranslation } from 'react-i18next';
import { linearScale, niceTicks } from './chart-scale';

export interface BarSeries {
  key: string;
  label: string;
}

const W = 640;
const H = 280;
const M = { top: 20, right: 16, bottom: 40, left: 48 };

/** Stacked bars per category (e.g. month), one colour per series (e.g. activity type), with a legend. */
export function StackedBarChart(props: {
  categories: readonly { key: string; label: string }[];
  series: readonly BarSeries[];
  value: (categoryKey: string, seriesKey: string) => number;
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const totals = props.categories.map((c) => props.series.reduce((n, s) => n + props.value(c.key, s.key), 0));
  const yTicks = niceTicks(0, Math.max(1, ...totals), 4).filter((t) => Number.isInteger(t));
  const y = linearScale([0, yTicks[yTicks.length - 1]!], [H - M.bottom, M.top]);
  const band = (W - M.left - M.right) / Math.max(1, props.categories.length);
  const barWidth = Math.min(72, band * 0.6);
  const used = props.series.filter((s) => props.categories.some((c) => props.value(c.key, s.key) > 0));
  return (
    <div>
      <svg className="chart__svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={props.labelledBy}>
        <g className="chart__grid" aria-hidden="true">
          {yTicks.map((t) => (
            <g key={t}>
              <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} />
              <text x={M.left - 8} y={y(t)} dy="0.35em" textAnchor="end" className="chart__tick">
                {t}
              </text>
            </g>
          ))}
          <line className="chart__axis" x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
        </g>
        <g aria-hidden="true">
          {props.categories.map((c, ci) => {
            const cx = M.left + band * ci + band / 2;
            let stacked = 0;
            return (
              <g key={c.key}>
                {props.series.map((s) => {
                  const v = props.value(c.key, s.key);
                  if (v === 0) return null;
                  const top = y(stacked + v);
                  const height = y(stacked) - top;
                  stacked += v;
                  return (
                    <rect
                      key={s.key}
                      className={`chart__bar chart__series-${props.series.indexOf(s) + 1}`}
                      x={cx - barWidth / 2}
                      y={top}
                      width={barWidth}
                      height={height}
                    />
                  );
                })}
                {totals[ci]! > 0 && (
                  <text className="chart__value" x={cx} y={y(totals[ci]!) - 8} textAnchor="middle">
                    {totals[ci]}
                  </text>
                )}
                <text x={cx} y={H - M.bottom + 22} textAnchor="middle" className="chart__tick">
                  {c.label}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      <ul className="chart__legend" aria-label={t('impact.chart.legend')}>
        {used.map((s) => (
          <li key={s.key}>
            <svg width="14" height="14" aria-hidden="true">
              <rect className={`chart__series-${props.series.indexOf(s) + 1}`} width="14" height="14" rx="2" />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
