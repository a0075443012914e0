import { useTranslation } from 'react-i18next';
import { clampFraction, type ObjectiveProgress } from '../../shared/domain/progress';
import { formatNumber } from '../common/labels';

/** The latest progress of an objective: a bar from baseline to target and the percentage, or why there is none. */
export function ProgressBar(props: { progress: ObjectiveProgress; label: string }) {
  const { progress } = props;
  const { t } = useTranslation();
  if (progress.kind === 'no-data') return <span className="muted">{t('goals.progress.notMeasured')}</span>;
  if (progress.kind === 'no-span') {
    return <span className="muted">{t('goals.progress.noSpan', { value: formatNumber(progress.latest.value) })}</span>;
  }
  const percent = progress.percent;
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={props.label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(clampFraction(progress.fraction) * 100)}
        aria-valuetext={t('goals.progress.valueText', { percent })}
      >
        <div
          className={`progress__fill${progress.reached ? ' progress__fill--reached' : ''}`}
          style={{ width: `${clampFraction(progress.fraction) * 100}%` }}
        />
      </div>
      <span className="progress__label">{t('goals.progress.percent', { percent })}</span>
    </div>
  );
}
