import { useTranslation } from 'react-i18next';
import { HEALTH_LEVELS, trendHasHistory, type HealthCheckReport } from '../../shared/domain/health-check';
import type { HealthDimension } from '../../shared/schema';
import { TrendLine } from './HealthTrend';
import { formatDate } from './labels';
import './health-results.css';

/**
 * The results of a health check as a chart the back of the room can read: per dimension, a bar of the answers
 * (good, mixed, poor: labelled, not colour alone), the score, last time's score and the trend. Reads the report
 * of `healthCheckReport` (shared/domain/health-check.ts), the same numbers as the PDF. With two checks or more
 * answered, a column draws each dimension's line across them (`report.history`).
 */
export function HealthResults(props: { report: HealthCheckReport; size?: 'normal' | 'large' }) {
  const { t } = useTranslation();
  const { report } = props;
  const lines = trendHasHistory(report.history);
  // On the projector the line across the checks takes the place of last time's score (the room reads the line
  // and the change; the width is the projector's).
  const previousColumn = !(lines && props.size === 'large');
  const dates = report.history.checks.map((c) => c.date);
  /** The dimension's line across the checks; none when it was never answered. */
  const lineOf = (dimension: HealthDimension) => {
    const scores = report.history.dimensions.find((x) => x.dimension === dimension)?.scores;
    return scores ? <TrendLine scores={scores} dates={dates} label={t(`community.dimensionName.${dimension}`)} /> : null;
  };
  return (
    <table className={`health-results health-results--${props.size ?? 'normal'}`}>
      <caption>
        {t('community.health.checkOf', { date: formatDate(report.date) })} ·{' '}
        {t('community.health.respondents', { count: report.respondents })}
        {' · '}
        {report.previous ? t('community.health.compared', { date: formatDate(report.previous.date) }) : t('community.health.firstCheck')}
        {report.overall !== null && (
          <>
            {' '}
            {report.previousOverall === null
              ? t('community.health.overall', { score: report.overall })
              : t('community.health.overallChange', { score: report.overall, previous: report.previousOverall })}
          </>
        )}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('community.health.dimension')}</th>
          <th scope="col">{t('community.health.results')}</th>
          <th scope="col">{t('community.health.score')}</th>
          {previousColumn && <th scope="col">{t('community.health.previous')}</th>}
          <th scope="col">{t('community.health.trend')}</th>
          {lines && <th scope="col">{t('community.health.trendLine')}</th>}
        </tr>
      </thead>
      <tbody>
        {report.dimensions.map((d) => (
          <tr key={d.dimension} data-dimension={d.dimension}>
            <th scope="row">{t(`community.dimensionName.${d.dimension}`)}</th>
            <td>
              <div className="health-bar" aria-hidden={d.answers === 0}>
                {HEALTH_LEVELS.map((level) =>
                  d.levels[level] > 0 ? (
                    <span key={level} className={`health-bar__part health-bar__part--${level}`} style={{ flexGrow: d.levels[level] }}>
                      {t(`community.level.${level}`)} {d.levels[level]}
                    </span>
                  ) : null,
                )}
                {d.answers === 0 && <span className="health-bar__none">{t('community.health.noAnswer')}</span>}
              </div>
            </td>
            <td className="health-results__num">{d.score === null ? '—' : t('community.health.scoreOf', { score: d.score })}</td>
            {previousColumn && (
              <td className="health-results__num">
                {d.previousScore === null ? '—' : t('community.health.scoreOf', { score: d.previousScore })}
              </td>
            )}
            <td className={`health-results__trend health-results__trend--${d.direction}`}>
              {d.score === null ? '—' : t(`community.health.direction.${d.direction}`, { change: d.change ?? 0 })}
            </td>
            {lines && <td>{lineOf(d.dimension)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
