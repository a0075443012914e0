import { clampFraction, type ObjectiveProgress } from '../../shared/domain/progress';
import { formatNumber } from '../common/labels';

/** The latest progress of an objective: a bar from baseline to target and the percentage, or why there is none. */
export function ProgressBar(props: { progress: ObjectiveProgress; label: string }) {
  const { progress } = props;
  if (progress.kind === 'no-data') return <span className="muted">Not measured yet</span>;
  if (progress.kind === 'no-span') {
    return <span className="muted">Latest {formatNumber(progress.latest.value)} (baseline equals target)</span>;
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
        aria-valuetext={`${percent} % of the way to the target`}
      >
        <div
          className={`progress__fill${progress.reached ? ' progress__fill--reached' : ''}`}
          style={{ width: `${clampFraction(progress.fraction) * 100}%` }}
        />
      </div>
      <span className="progress__label">{percent} %</span>
    </div>
  );
}
