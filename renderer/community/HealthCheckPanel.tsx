import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { healthCheckReport, healthChecksInOrder, trendHasHistory } from '../../shared/domain/health-check';
import { HEALTH_LEVELS, HEALTH_TRENDS, type HealthTally } from '../../shared/schema';
import { HealthResults } from '../common/HealthResults';
import { HealthTrendChart } from '../common/HealthTrend';
import { useWorkshop } from '../store/workshop-store';
import { revealHealthCheck, setTally, startHealthCheckNow } from './community-commands';
import './community.css';

/**
 * The Impact view's health check: start one, enter the tally of hands in the room (phones add to the same counts
 * in room mode), reveal, and read the chart with the trend against the previous check.
 */
export function HealthCheckPanel() {
  const { t } = useTranslation();
  const community = useWorkshop((w) => w.community);
  const checks = useMemo(() => healthChecksInOrder({ community }), [community]);
  const latest = checks[checks.length - 1] ?? null;
  const report = useMemo(() => (latest ? healthCheckReport({ community }, latest.id) : null), [community, latest]);
  return (
    <section aria-labelledby="impact-health" className="impact__section community-panel">
      <h2 id="impact-health" className="impact__section-title">
        {t('community.health.title')}
      </h2>
      {!latest || !report ? (
        <div className="card">
          <p>{t('community.health.none')}</p>
          <button type="button" className="button button--primary" onClick={() => startHealthCheckNow()}>
            {t('community.health.start')}
          </button>
        </div>
      ) : (
        <div className="card community-panel">
          <div className="community-row">
            <button type="button" className="button button--primary" onClick={() => revealHealthCheck(latest.id, !latest.revealed)}>
              {latest.revealed ? t('community.health.hide') : t('community.health.reveal')}
            </button>
            <button type="button" className="button" onClick={() => startHealthCheckNow()}>
              {t('community.health.start')}
            </button>
          </div>
          {report.revealed ? (
            <>
              <HealthResults report={report} />
              {trendHasHistory(report.history) && <HealthTrendChart history={report.history} />}
            </>
          ) : (
            <p role="status">{t('community.health.hidden', { count: report.respondents })}</p>
          )}
          <details>
            <summary>{t('community.health.tally')}</summary>
            <TallyTable checkId={latest.id} tallies={latest.tallies} />
          </details>
        </div>
      )}
    </section>
  );
}

function TallyTable(props: { checkId: string; tallies: readonly HealthTally[] }) {
  const { t } = useTranslation();
  const set = (tally: HealthTally, group: 'levels' | 'trends', key: string, text: string) => {
    const value = Math.max(0, Math.min(100_000, Math.floor(Number(text) || 0)));
    setTally(props.checkId, { ...tally, [group]: { ...tally[group], [key]: value } } as HealthTally);
  };
  return (
    <table className="health-tally">
      <thead>
        <tr>
          <th scope="col">{t('community.health.dimension')}</th>
          {HEALTH_LEVELS.map((l) => (
            <th key={l} scope="col">
              {t(`community.level.${l}`)}
            </th>
          ))}
          {HEALTH_TRENDS.map((x) => (
            <th key={x} scope="col">
              {t(`community.trendAnswer.${x}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.tallies.map((tally) => {
          const name = t(`community.dimensionName.${tally.dimension}`);
          return (
            <tr key={tally.dimension}>
              <th scope="row">
                {name}
                <span className="health-tally__question">{t(`community.dimensionQuestion.${tally.dimension}`)}</span>
              </th>
              {HEALTH_LEVELS.map((l) => (
                <td key={l}>
                  <input
                    type="number"
                    min={0}
                    inputMode="numeric"
                    aria-label={t('community.health.tallyCell', { dimension: name, what: t(`community.level.${l}`) })}
                    value={tally.levels[l]}
                    onChange={(e) => set(tally, 'levels', l, e.target.value)}
                  />
                </td>
              ))}
              {HEALTH_TRENDS.map((x) => (
                <td key={x}>
                  <input
                    type="number"
                    min={0}
                    inputMode="numeric"
                    aria-label={t('community.health.tallyCell', { dimension: name, what: t(`community.trendAnswer.${x}`) })}
                    value={tally.trends[x]}
                    onChange={(e) => set(tally, 'trends', x, e.target.value)}
                  />
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
