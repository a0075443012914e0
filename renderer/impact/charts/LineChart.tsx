import { useTranslation } from 'react-i18next';
import { formatNumber, formatShortDate } from '../../common/labels';
import { dayNumber, linearScale, niceTicks, thin } from './chart-scale';

export interface LinePoint {
  date: string;
  value: number;
}

const W = 640;
const H = 280;
const M = { top: 24, right: 118, bottom: 40, left: 56 };

const shortDate = (iso: string) => formatShortDate(iso);

/** A line over time in clean SVG, with optional baseline and target lines. Colours come from the theme. */
export function LineChart(props: {
  points: readonly LinePoint[];
  baseline?: number;
  target?: number;
  unit?: string;
  /** Start the value axis at zero (counts, such as attendance). */
  zeroBased?: boolean;
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const { points } = props;
  const values = points.map((p) => p.value);
  const refs = [props.baseline, props.target].filter((v): v is number => v !== undefined);
  const all = [...values, ...refs, ...(props.zeroBased ? [0] : [])];
  // A little room above and below, so that no line sits on the axis or the frame.
  const span = Math.max(...all) - Math.min(...all);
  const floor = Math.min(...all) >= 0 ? Math.max(0, Math.min(...all) - span * 0.08) : Math.min(...all) - span * 0.08;
  const yTicks = niceTicks(floor, Math.max(...all) + span * 0.03, 5);
  const y = linearScale([yTicks[0]!, yTicks[yTicks.length - 1]!], [H - M.bottom, M.top]);
  const days = points.map((p) => dayNumber(p.date));
  const x = linearScale([Math.min(...days), Math.max(...days)], [M.left + 16, W - M.right - 16]);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(days[i]!).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const xLabels = thin(
    points.map((p, i) => ({ date: p.date, day: days[i]! })).filter((p, i, arr) => arr.findIndex((q) => q.date === p.date) === i),
    7,
  );
  const showValues = points.length <= 12;
  const unit = props.unit ? ` ${props.unit}` : '';

  const refLine = (value: number, kind: 'baseline' | 'target', label: string) => (
    <g className={`chart__ref chart__ref--${kind}`}>
      <line x1={M.left} x2={W - M.right} y1={y(value)} y2={y(value)} />
      {/* A long label (another language) is fitted into the right margin rather than run off the chart. */}
      <text
        x={W - M.right + 8}
        y={y(value)}
        dy="0.35em"
        {...(`${label} ${formatNumber(value)}`.length > 14 ? { textLength: M.right - 12, lengthAdjust: 'spacingAndGlyphs' } : {})}
      >
        {label} {formatNumber(value)}
      </text>
    </g>
  );

  // When baseline and target sit close together, their labels would overlap: nudge them apart.
  const close = props.baseline !== undefined && props.target !== undefined && Math.abs(y(props.baseline) - y(props.target)) < 18;

  return (
    <svg className="chart__svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={props.labelledBy}>
      <g className="chart__grid" aria-hidden="true">
        {yTicks.map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} />
            <text x={M.left - 8} y={y(t)} dy="0.35em" textAnchor="end" className="chart__tick">
              {formatNumber(t)}
            </text>
          </g>
        ))}
        {xLabels.map((p) => (
          <text key={p.date} x={x(p.day)} y={H - M.bottom + 22} textAnchor="middle" className="chart__tick">
            {shortDate(p.date)}
          </text>
        ))}
        <line className="chart__axis" x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
      </g>
      <g aria-hidden="true">
        {props.baseline !== undefined && refLine(props.baseline, 'baseline', t('impact.chart.baseline'))}
        {props.target !== undefined && (
          <g transform={close ? `translate(0 ${y(props.target) < y(props.baseline!) ? -9 : 9})` : undefined}>
            {refLine(props.target, 'target', t('impact.chart.target'))}
          </g>
        )}
        <path className="chart__line" d={path} />
        {points.map((p, i) => (
          <g key={i}>
            <circle className="chart__point" cx={x(days[i]!)} cy={y(p.value)} r={6} />
            {showValues && (
              <text className="chart__value" x={x(days[i]!)} y={y(p.value) - 12} textAnchor="middle">
                {formatNumber(p.value)}
              </text>
            )}
          </g>
        ))}
      </g>
      <desc>{points.map((p) => `${shortDate(p.date)}: ${formatNumber(p.value)}${unit}`).join('; ')}</desc>
    </svg>
  );
}
