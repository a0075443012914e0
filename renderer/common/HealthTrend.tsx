import { useTranslation } from 'react-i18next';
import type { HealthHistory } from '../../shared/domain/health-check';
import { formatDate } from './labels';
import './health-results.css';

const W = 120;
const H = 36;
const PAD = 5;

/**
 * A line of scores (0–100) over the checks, oldest first; a dimension not asked at a check leaves a gap. Its
 * accessible name says every score with its date, so the line is never the only way to read the trend.
 */
export function TrendLine(props: { scores: readonly (number | null)[]; dates: readonly string[]; label: string }) {
  const { t } = useTranslation();
  const n = props.scores.length;
  const x = (i: number) => (n === 1 ? W / 2 : PAD + (i / (n - 1)) * (W - 2 * PAD));
  const y = (score: number) => H - PAD - (score / 100) * (H - 2 * PAD);
  // Runs of answered checks, drawn as lines; a single point stays a dot.
  const runs: { i: number; score: number }[][] = [];
  props.scores.forEach((score, i) => {
    if (score === null) return;
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1]!.i === i - 1) last.push({ i, score });
    else runs.push([{ i, score }]);
  });
  const said = props.scores
    .map((s, i) => `${formatDate(props.dates[i] ?? null)} ${s === null ? '—' : t('community.health.scoreOf', { score: s })}`)
    .join(', ');
  return (
    <svg className="trend-line" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${props.label}: ${said}`} preserveAspectRatio="none">
      <line className="trend-line__mid" x1={0} x2={W} y1={y(50)} y2={y(50)} />
      {runs.map((run) => (
        <polyline key={run[0]!.i} className="trend-line__path" points={run.map((p) => `${x(p.i)},${y(p.score)}`).join(' ')} />
      ))}
      {props.scores.map((s, i) =>
        s === null ? null : <circle key={i} className="trend-line__dot" cx={x(i)} cy={y(s)} r={i === n - 1 ? 3.5 : 2.5} />,
      )}
    </svg>
  );
}

/**
 * The health-check trend across checks: a score per dimension and per check (one column each, oldest first),
 * with its line. Reads `healthCheckReport(...).history` (shared/domain/health-check.ts), as the PDF does.
 */
export function HealthTrendChart(props: { history: HealthHistory }) {
  const { t } = useTranslation();
  const { history } = props;
  const dates = history.checks.map((c) => c.date);
  const cell = (score: number | null) => (score === null ? '—' : String(score));
  return (
    <table className="health-trend">
      <caption>{t('community.health.trendTitle', { count: history.checks.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('community.health.dimension')}</th>
          {history.checks.map((c) => (
            <th key={c.checkId} scope="col" className="health-results__num">
              {formatDate(c.date)}
            </th>
          ))}
          <th scope="col">{t('community.health.trendLine')}</th>
        </tr>
      </thead>
      <tbody>
        {history.dimensions.map((d) => {
          const name = t(`community.dimensionName.${d.dimension}`);
          return (
            <tr key={d.dimension}>
              <th scope="row">{name}</th>
              {d.scores.map((s, i) => (
                <td key={history.checks[i]!.checkId} className="health-results__num">
                  {cell(s)}
                </td>
              ))}
              <td>
                <TrendLine scores={d.scores} dates={dates} label={name} />
              </td>
            </tr>
          );
        })}
        <tr className="health-trend__overall">
          <th scope="row">{t('community.health.trendOverall')}</th>
          {history.checks.map((c) => (
            <td key={c.checkId} className="health-results__num">
              {cell(c.overall)}
            </td>
          ))}
          <td>
            <TrendLine scores={history.checks.map((c) => c.overall)} dates={dates} label={t('community.health.trendOverall')} />
          </td>
        </tr>
      </tbody>
    </table>
  );
}
