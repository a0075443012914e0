import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentHealthCheck, healthCheckReport } from '../../shared/domain/health-check';
import { HealthResults } from '../common/HealthResults';
import { useWorkshop } from '../store/workshop-store';

/** The health check on the projector: the count of answers while the room answers, the chart with its trend once revealed. */
export function HealthCheckSurface() {
  const { t } = useTranslation();
  const community = useWorkshop((w) => w.community);
  const report = useMemo(() => {
    const check = currentHealthCheck({ community });
    return check ? healthCheckReport({ community }, check.id) : null;
  }, [community]);
  return (
    <section className="surface surface--health" aria-label={t('community.health.title')}>
      {!report ? (
        <p className="surface__empty">{t('community.health.none')}</p>
      ) : report.revealed ? (
        <HealthResults report={report} size="large" />
      ) : (
        <p className="surface__empty" role="status">
          {t('community.health.hidden', { count: report.respondents })}
        </p>
      )}
    </section>
  );
}
