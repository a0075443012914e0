import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A chart with its text alternative: a title, a one-sentence summary, and a "Show as table" toggle that swaps the
 * picture for a table of the same data.
 */
export function ChartFrame(props: {
  title: string;
  /** Heading level inside its section. */
  level?: 2 | 3;
  summary: string;
  chart: (labelledBy: string) => ReactNode;
  table: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const summaryId = useId();
  const Heading = props.level === 2 ? 'h2' : 'h3';
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <div className="chart__head">
        <Heading id={titleId} className="chart__title">
          {props.title}
        </Heading>
        {props.actions}
        <button type="button" className="button button--small" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
          {t('impact.chart.showAsTable')}
        </button>
      </div>
      <p id={summaryId} className="chart__summary">
        {props.summary}
      </p>
      {asTable ? <div className="chart__table">{props.table}</div> : props.chart(`${titleId} ${summaryId}`)}
    </figure>
  );
}
